/**
 * Retention: enforces the processing register's periods on the site's own stores, at
 * start-up and every hour after.
 * @module
 */
import { getLogger } from '@/lib/log';

import { scheduleRetentionPurge, type RetentionSchedule } from './schedule';
import { getStorePurgers } from './stores';

export { purgeExpiredRecords } from './purge';
export { scheduleRetentionPurge, PURGE_INTERVAL_MS } from './schedule';

const SCHEDULE_KEY = Symbol.for('portico.retention.schedule');

/** Starts this process's purge schedule, once. */
export function startRetentionPurge(): RetentionSchedule {
  const holder = globalThis as typeof globalThis & { [SCHEDULE_KEY]?: RetentionSchedule };
  holder[SCHEDULE_KEY] ??= scheduleRetentionPurge({
    purgers: getStorePurgers(),
    logger: getLogger(),
  });
  return holder[SCHEDULE_KEY];
}
