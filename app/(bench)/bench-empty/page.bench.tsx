/**
 * The benchmark's baseline: the smallest page Next.js serves under the root layout. Built only
 * when PORTICO_BENCH=1 (see next.config.js), so production builds never contain it.
 */
export const dynamic = 'force-static';

export default function BenchEmptyPage() {
  return null;
}
