/**
 * A small in-memory cache whose entries expire after a fixed time, bounded in size (the
 * oldest entry goes first). Enough for one process; several instances each keep their own.
 * @module
 */

/** Options of {@link TtlCache}. */
export interface TtlCacheOptions {
  ttlMs: number;
  maxEntries: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Key-value cache with expiry and a size bound. */
export class TtlCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: TtlCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The live value for `key`, or undefined when absent or expired. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores `value` for the configured time, evicting the oldest entry when full. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    if (this.entries.size >= this.options.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { value, expiresAt: this.now() + this.options.ttlMs });
  }

  /** Number of entries held, expired ones included until next read. */
  get size(): number {
    return this.entries.size;
  }
}
