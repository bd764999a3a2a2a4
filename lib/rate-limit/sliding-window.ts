/**
 * An in-memory rate limit per key (a client address): the sliding-window counter, which
 * weighs the previous fixed window by how much of it still overlaps the sliding one. Each key
 * costs three numbers, and at most `maxKeys` keys are kept: past that the least recently seen
 * key is forgotten, so a flood of distinct addresses cannot exhaust memory (it can only make
 * the limiter forget, which errs towards letting people through).
 *
 * One process only: several instances need a shared store (Redis INCR with expiry per
 * window) behind the same interface.
 * @module
 */

export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: how long until one more would be allowed, in ms. */
  retryAfterMs: number;
}

export interface RateLimiter {
  /** Counts one hit for `key` when allowed; a refused hit is not counted. */
  hit(key: string, now?: number): RateLimitDecision;
  /** Number of keys held, for tests of the memory bound. */
  size(): number;
}

interface WindowCount {
  windowStart: number;
  current: number;
  previous: number;
}

export interface RateLimitOptions {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
  /** Keys remembered at most. */
  maxKeys: number;
}

/** A sliding-window rate limiter with bounded memory. */
export function createRateLimiter({ limit, windowMs, maxKeys }: RateLimitOptions): RateLimiter {
  const counts = new Map<string, WindowCount>();

  function advance(entry: WindowCount, now: number): WindowCount {
    const windowStart = now - (now % windowMs);
    if (windowStart === entry.windowStart) return entry;
    const previous = windowStart - entry.windowStart === windowMs ? entry.current : 0;
    return { windowStart, current: 0, previous };
  }

  return {
    hit(key, now = Date.now()) {
      const stored = counts.get(key) ?? {
        windowStart: now - (now % windowMs),
        current: 0,
        previous: 0,
      };
      const entry = advance(stored, now);
      const overlap = 1 - (now - entry.windowStart) / windowMs;
      const estimate = entry.previous * overlap + entry.current;

      // Re-insert so the Map's order stays least recently seen first.
      counts.delete(key);
      if (estimate + 1 > limit) {
        counts.set(key, entry);
        return { allowed: false, retryAfterMs: retryAfter(entry, now, limit, windowMs) };
      }
      counts.set(key, { ...entry, current: entry.current + 1 });
      if (counts.size > maxKeys) counts.delete(counts.keys().next().value as string);
      return { allowed: true, retryAfterMs: 0 };
    },
    size: () => counts.size,
  };
}

/** Time until the sliding estimate leaves room for one more hit. */
function retryAfter(entry: WindowCount, now: number, limit: number, windowMs: number): number {
  const windowEnd = entry.windowStart + windowMs;
  // previous * (1 - t / windowMs) + current + 1 <= limit, solved for the fraction t / windowMs.
  const fractionNeeded = (previous: number, current: number) =>
    previous === 0 ? 0 : Math.max(0, 1 - (limit - current - 1) / previous);
  const at =
    entry.current + 1 > limit
      ? // Not in this window: in the next one, this window's hits are the previous ones.
        windowEnd + windowMs * fractionNeeded(entry.current, 0)
      : entry.windowStart + windowMs * fractionNeeded(entry.previous, entry.current);
  return Math.max(1, Math.ceil(at - now));
}
