/**
 * The retention purge: each local store loses the records older than the register allows.
 * @module
 */
import type { Logger } from '@/lib/log';
import { getRegister, getStoreRetention, subtractDuration } from '@/lib/privacy/register';
import type { LocalStoreId, Register } from '@/lib/privacy/register';

/** Deletes a store's records older than `cutoff`; answers how many went. */
export type PurgeFunction = (cutoff: Date) => number;

export type StorePurgers = Partial<Record<LocalStoreId, PurgeFunction>>;

export interface PurgeOptions {
  purgers: StorePurgers;
  now: Date;
  logger: Logger;
  register?: Register;
}

/**
 * Runs every store's purge with cutoff = now − the store's retention from the register (the
 * shortest of the activities it holds). A failing store is logged and the others still run.
 * Logs and answers counts only.
 */
export function purgeExpiredRecords({
  purgers,
  now,
  logger,
  register = getRegister(),
}: PurgeOptions): Partial<Record<LocalStoreId, number>> {
  const deleted: Partial<Record<LocalStoreId, number>> = {};
  for (const [store, purge] of Object.entries(purgers) as Array<[LocalStoreId, PurgeFunction]>) {
    const retention = getStoreRetention(store, register);
    if (!retention) continue;
    try {
      deleted[store] = purge(subtractDuration(now, retention));
    } catch (error) {
      logger.error({ store, err: (error as Error).message }, 'retention.purge_failed');
    }
  }
  logger.info({ deleted }, 'retention.purged');
  return deleted;
}
