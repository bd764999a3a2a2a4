import type { Duration } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment `duration` before `now`; months are calendar months (UTC), clamped to month end. */
export function subtractDuration(now: Date, duration: Duration): Date {
  if (duration.unit === 'days') return new Date(now.getTime() - duration.amount * DAY_MS);
  const result = new Date(now.getTime());
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() - duration.amount);
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/** "14 days", "1 month", "24 months". */
export function describeDuration({ amount, unit }: Duration): string {
  const word = amount === 1 ? unit.slice(0, -1) : unit;
  return `${amount} ${word}`;
}

/** Whether `a` is shorter than `b`, measured back from the same moment. */
export function isShorter(a: Duration, b: Duration, now = new Date()): boolean {
  return subtractDuration(now, a).getTime() > subtractDuration(now, b).getTime();
}
