import type { Logger } from '@/lib/log';

import { purgeExpiredRecords, type StorePurgers } from './purge';

/** Once an hour: a record outlives its period by an hour at most. */
export const PURGE_INTERVAL_MS = 60 * 60 * 1000;

export interface RetentionSchedule {
  stop(): void;
}

/**
 * Purges now and then every `intervalMs`. The timer is unref'd, so it never keeps a stopping
 * server alive.
 */
export function scheduleRetentionPurge({
  purgers,
  logger,
  intervalMs = PURGE_INTERVAL_MS,
  clock = () => new Date(),
}: {
  purgers: StorePurgers;
  logger: Logger;
  intervalMs?: number;
  clock?: () => Date;
}): RetentionSchedule {
  const run = () => purgeExpiredRecords({ purgers, now: clock(), logger });
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
