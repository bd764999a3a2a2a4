/**
 * The outbox: submissions are written here, encrypted, in the request that accepts them, and
 * a worker started with the server delivers them to the CRM or the mail port. See README,
 * "Forms and the outbox".
 * @module
 */
import { getDatabase } from '@/lib/db';
import { getLogger } from '@/lib/log';
import { createOutbox, type EnqueueOptions, type Outbox } from '@/lib/outbox/outbox';
import { readOutboxStatus } from '@/lib/outbox/status';
import type { DeliveryHandlers, SubmissionKind } from '@/lib/outbox/types';
import { createOutboxWorker, type OutboxWorker } from '@/lib/outbox/worker';
import { getSecret } from '@/lib/secret';

export type { EnqueueOptions } from '@/lib/outbox/outbox';
export type { OutboxWorker } from '@/lib/outbox/worker';

let outbox: Outbox | undefined;

/** The process's outbox, in the `portico` database of DATA_DIR. */
export function getOutbox(): Outbox {
  outbox ??= createOutbox(getDatabase('portico'), getSecret());
  return outbox;
}

/**
 * Writes a submission to the outbox and answers its id once it is durable. The payload is
 * stored encrypted; the id is random, and is the idempotency key its handler passes on.
 */
export function enqueue(kind: SubmissionKind, payload: unknown, options?: EnqueueOptions): string {
  return getOutbox().enqueue(kind, payload, options);
}

// One worker per process, wherever Next loads this module from (see wake.ts).
const WORKER_KEY = Symbol.for('portico.outbox.worker');

/** Starts this process's delivery worker, once; a second call answers the running one. */
export function startOutboxWorker(handlers: DeliveryHandlers): OutboxWorker {
  const holder = globalThis as typeof globalThis & { [WORKER_KEY]?: OutboxWorker };
  if (!holder[WORKER_KEY]) {
    const { store } = getOutbox();
    const waiting = readOutboxStatus(store.db, Date.now());
    const count = (state: string) =>
      waiting.counts.filter((c) => c.state === state).reduce((sum, c) => sum + c.count, 0);
    getLogger().info(
      { pending: count('pending'), dead: count('dead'), kinds: Object.keys(handlers) },
      'outbox.worker_started',
    );
    holder[WORKER_KEY] = createOutboxWorker({ outbox: getOutbox(), handlers, logger: getLogger() });
  }
  return holder[WORKER_KEY];
}

/**
 * Retention: deletes what is left of items delivered, dropped or dead-lettered before
 * `cutoff` (dead letters still hold their encrypted payload). Answers the number of rows.
 */
export function purgeOutboxOlderThan(cutoff: Date): number {
  return getOutbox().store.purgeSettledBefore(cutoff.getTime());
}
