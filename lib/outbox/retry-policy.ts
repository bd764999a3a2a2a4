import type { DeliveryFailure } from '@/lib/outbox/failure';
import type { OutboxTunables } from '@/lib/outbox/tunables';

/**
 * The wait before the retry that follows attempt `attempts` (1-based): "full jitter", a
 * uniformly random delay up to the exponential bound, which spreads the retries of many items
 * that failed together (a CRM outage) instead of sending them back in waves.
 */
export function backoffDelayMs(
  attempts: number,
  random: () => number,
  tunables: Pick<OutboxTunables, 'backoffBaseMs' | 'backoffCapMs'>,
): number {
  const bound = Math.min(
    tunables.backoffCapMs,
    tunables.backoffBaseMs * 2 ** Math.max(0, attempts - 1),
  );
  return Math.floor(random() * bound);
}

export type FailureDecision = { action: 'retry'; at: number } | { action: 'dead-letter' };

/** Retry later, or give up: a permanent failure or a spent budget dead-letters the item. */
export function decideAfterFailure(
  attempts: number,
  failure: DeliveryFailure,
  now: number,
  random: () => number,
  tunables: Pick<OutboxTunables, 'backoffBaseMs' | 'backoffCapMs' | 'maxAttempts'>,
): FailureDecision {
  if (!failure.retryable || attempts >= tunables.maxAttempts) return { action: 'dead-letter' };
  return { action: 'retry', at: now + backoffDelayMs(attempts, random, tunables) };
}
