/**
 * Nearest-rank percentile of ascending values, or NaN when there are none.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(sortedValues: readonly number[], p: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sortedValues.length);
  return sortedValues[Math.min(Math.max(rank, 1), sortedValues.length) - 1] ?? Number.NaN;
}
