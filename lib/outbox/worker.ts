import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

import type { Logger } from '@/lib/log';
import { describeFailure, OutboxDeliveryError } from '@/lib/outbox/failure';
import { payloadBinding, type Outbox } from '@/lib/outbox/outbox';
import { decideAfterFailure } from '@/lib/outbox/retry-policy';
import type { ClaimedItem } from '@/lib/outbox/store';
import { OUTBOX_TUNABLES, type OutboxTunables } from '@/lib/outbox/tunables';
import type { DeliveryHandlers, SubmissionKind } from '@/lib/outbox/types';
import { onEnqueued } from '@/lib/outbox/wake';

export interface OutboxWorkerOptions {
  outbox: Outbox;
  handlers: DeliveryHandlers;
  logger: Logger;
  tunables?: Partial<OutboxTunables>;
  clock?: () => number;
  random?: () => number;
}

export interface OutboxWorker {
  /** Looks for due items now. */
  wake(): void;
  /** Resolves once no delivery runs and no item is due (items waiting for a retry may remain). */
  whenIdle(): Promise<void>;
  /** Stops claiming and waits for running deliveries to settle. */
  stop(): Promise<void>;
}

/** `host:pid:nonce`: a restarted worker can tell which leases belonged to a dead process. */
function makeOwnerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(6).toString('hex')}`;
}

function isDeadLocalProcess(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new OutboxDeliveryError('delivery-timeout', `no answer in ${ms} ms`, { retryable: true }),
        ),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Delivers the outbox's items: claims due ones under a lease, runs their kind's handler with
 * a small concurrency, marks them delivered (erasing the payload) or schedules a retry with
 * backoff, dead-lettering permanent failures and spent budgets. Wakes at once on an enqueue in
 * this process, and polls for the rest (retries falling due, items from other processes).
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { outbox, handlers, logger } = options;
  const { store, cipher } = outbox;
  const tunables = { ...OUTBOX_TUNABLES, ...options.tunables };
  const clock = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const owner = makeOwnerId();
  const inFlight = new Set<Promise<void>>();
  let idleWaiters: Array<() => void> = [];
  let isRunning = true;
  let hasErasedSinceCheckpoint = false;
  let timer: NodeJS.Timeout | undefined;
  let isPumpScheduled = false;

  async function deliver(item: ClaimedItem): Promise<void> {
    const started = clock();
    const kind = item.kind as SubmissionKind;
    const log = { submissionId: item.id, kind, attempt: item.attempts };
    try {
      const handler = handlers[kind];
      if (!handler) {
        throw new OutboxDeliveryError('no-handler', `no handler for ${kind}`, { retryable: false });
      }
      let payload: unknown;
      try {
        payload = cipher.decryptJson(item.payload, payloadBinding(item.id, item.kind));
      } catch (cause) {
        throw new OutboxDeliveryError('undecryptable', 'payload does not open with this secret', {
          retryable: false,
          cause,
        });
      }
      const context = { submissionId: item.id, attempt: item.attempts };
      const { externalId } = await withTimeout(
        handler(payload, context),
        tunables.deliveryTimeoutMs,
      );
      store.markDelivered(item.id, externalId, clock());
      hasErasedSinceCheckpoint = true;
      logger.info({ ...log, ms: clock() - started }, 'outbox.delivered');
    } catch (error) {
      const failure = describeFailure(error);
      const note = { code: failure.code, reason: failure.reason };
      const now = clock();
      const decision = decideAfterFailure(item.attempts, failure, now, random, tunables);
      if (decision.action === 'retry') {
        store.reschedule(item.id, note, decision.at);
        logger.warn({ ...log, code: failure.code, delayMs: decision.at - now }, 'outbox.retry');
      } else {
        store.deadLetter(item.id, note, now);
        logger.error({ ...log, code: failure.code }, 'outbox.dead_lettered');
      }
    }
  }

  function track(item: ClaimedItem): void {
    const delivery = deliver(item)
      .catch((error: unknown) => {
        // The store itself failed: the lease runs out and the item is tried again.
        logger.error(
          { submissionId: item.id, code: describeFailure(error).code },
          'outbox.store_failed',
        );
      })
      .finally(() => {
        inFlight.delete(delivery);
        schedulePump();
      });
    inFlight.add(delivery);
  }

  function settleIdle(): void {
    if (hasErasedSinceCheckpoint) {
      hasErasedSinceCheckpoint = false;
      try {
        store.checkpoint();
      } catch (error) {
        logger.warn({ code: describeFailure(error).code }, 'outbox.checkpoint_failed');
      }
    }
    const waiters = idleWaiters;
    idleWaiters = [];
    waiters.forEach((resolve) => resolve());
  }

  function pump(): void {
    isPumpScheduled = false;
    if (!isRunning) return;
    // Saturated: a finishing delivery pumps again, so there is nothing to look up now.
    if (inFlight.size >= tunables.concurrency) return;
    clearTimeout(timer);
    let delay = tunables.pollMs;
    try {
      const now = clock();
      const free = tunables.concurrency - inFlight.size;
      store.claimDue(free, now, tunables.leaseMs, owner).forEach(track);
      const nextDue = store.nextDueAt();
      if (nextDue !== undefined) delay = Math.min(delay, Math.max(0, nextDue - now));
      if (inFlight.size === 0 && (nextDue === undefined || nextDue > now)) settleIdle();
    } catch (error) {
      logger.error({ code: describeFailure(error).code }, 'outbox.claim_failed');
    }
    timer = setTimeout(pump, delay);
  }

  /** Many enqueues in one tick (a burst of submissions) make one look at the table. */
  function schedulePump(): void {
    if (isPumpScheduled) return;
    isPumpScheduled = true;
    setImmediate(pump);
  }

  function releaseLeasesOfDeadProcesses(): void {
    for (const leaseOwner of store.liveLeaseOwners(clock())) {
      if (!isDeadLocalProcess(leaseOwner)) continue;
      const released = store.releaseLeasesOf(leaseOwner);
      logger.warn({ released }, 'outbox.leases_released');
    }
  }

  releaseLeasesOfDeadProcesses();
  const unsubscribe = onEnqueued(schedulePump);
  schedulePump();

  return {
    wake: schedulePump,
    whenIdle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        schedulePump();
      }),
    async stop() {
      isRunning = false;
      clearTimeout(timer);
      unsubscribe();
      await Promise.allSettled([...inFlight]);
      settleIdle();
    },
  };
}
