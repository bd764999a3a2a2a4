/**
 * The outbox's knobs. Constants rather than environment variables: they describe how hard to
 * push an outside system, not the deployment. Tests pass their own through the worker's options.
 */
export interface OutboxTunables {
  /** Deliveries running at once. */
  concurrency: number;
  /**
   * How long a claimed item stays reserved for its worker. Longer than a delivery may take
   * (deliveryTimeoutMs), so that only a worker that died loses its claim.
   */
  leaseMs: number;
  /** A handler still running after this counts as failed (retryable) and is retried later. */
  deliveryTimeoutMs: number;
  /** Backoff before retry n is a random delay up to min(cap, base * 2^(n-1)) ("full jitter"). */
  backoffBaseMs: number;
  backoffCapMs: number;
  /** Attempts before an item is dead-lettered. */
  maxAttempts: number;
  /** Longest sleep between looks at the table (items enqueued by another process, retries). */
  pollMs: number;
}

/**
 * With these values an item is tried for about six hours at worst (three on average) before
 * it is dead-lettered: the first retries come within seconds, later ones at most an hour apart.
 */
export const OUTBOX_TUNABLES: OutboxTunables = {
  concurrency: 4,
  leaseMs: 120_000,
  deliveryTimeoutMs: 60_000,
  backoffBaseMs: 2_000,
  backoffCapMs: 3_600_000,
  maxAttempts: 16,
  pollMs: 1_000,
};
