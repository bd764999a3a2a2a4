/**
 * Remembers the ids of accepted events for as long as their timestamp stays inside the
 * window, so a captured request cannot be sent again. The memory is this process's: several
 * instances behind a load balancer need a shared store (Redis SET NX with an expiry) instead.
 */
export interface ReplayGuard {
  /** False when `id` was already accepted; otherwise remembers it until `expiresAtMs`. */
  accept: (id: string, expiresAtMs: number, nowMs: number) => boolean;
}

/** An in-memory guard; at most `maxEntries` ids are kept, oldest dropped first. */
export function createReplayGuard(maxEntries = 100_000): ReplayGuard {
  const seen = new Map<string, number>();

  function forgetExpired(nowMs: number): void {
    for (const [id, expiresAtMs] of seen) {
      if (expiresAtMs > nowMs) break;
      seen.delete(id);
    }
  }

  return {
    accept(id, expiresAtMs, nowMs) {
      forgetExpired(nowMs);
      const known = seen.get(id);
      if (known !== undefined && known > nowMs) return false;
      seen.delete(id);
      seen.set(id, expiresAtMs);
      if (seen.size > maxEntries) {
        const oldest = seen.keys().next().value;
        if (oldest !== undefined) seen.delete(oldest);
      }
      return true;
    },
  };
}
