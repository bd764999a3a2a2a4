// @ts-check
/**
 * Next.js's server cache (ISR pages, unstable_cache data) kept in this process's memory only.
 * The built-in handler persists to .next/ on disk, so a restart with another content source
 * would serve the old source's pages; memory starts clean. Entries are evicted least recently
 * used first once their estimated size passes PORTICO_CACHE_MAX_MB, so a flood of distinct
 * URLs cannot grow the process without bound. Across several instances this is the module to
 * swap for a shared store (Redis), with the same four methods.
 */
// Next loads this module itself, outside the app, so it cannot use lib/config.ts.
const maxMegabytes = Number.parseInt(process.env.PORTICO_CACHE_MAX_MB ?? '', 10);
const MAX_BYTES =
  (Number.isFinite(maxMegabytes) && maxMegabytes > 0 ? maxMegabytes : 256) * 1024 * 1024;

/** @typedef {{ value: unknown, lastModified: number, tags: string[], bytes: number }} Entry */

/** @type {Map<string, Entry>} */
const entries = new Map();
let totalBytes = 0;

/** @param {unknown} data @param {{ tags?: string[] } | undefined} ctx */
function tagsOf(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const headers = /** @type {{ headers?: Record<string, unknown> } | null} */ (data)?.headers;
  const header = headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
}

/**
 * Roughly how much memory a value holds: the length of its strings and buffers, walked to a
 * small depth (pages are HTML plus an RSC payload and per-segment payloads in a Map).
 * @param {unknown} value @param {number} depth
 * @returns {number}
 */
function sizeOf(value, depth = 0) {
  if (typeof value === 'string') return value.length;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value === null || typeof value !== 'object' || depth > 4) return 8;
  let bytes = 64;
  const children = value instanceof Map ? value.values() : Object.values(value);
  for (const child of children) bytes += sizeOf(child, depth + 1);
  return bytes;
}

/** @param {string} key */
function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  totalBytes -= entry.bytes;
  entries.delete(key);
}

class MemoryCacheHandler {
  /** @param {string} key */
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    entries.delete(key);
    entries.set(key, entry);
    return { value: entry.value, lastModified: entry.lastModified };
  }

  /** @param {string} key @param {unknown} data @param {{ tags?: string[] }} ctx */
  async set(key, data, ctx) {
    remove(key);
    if (data === null) return;
    const bytes = sizeOf(data);
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), bytes });
    totalBytes += bytes;
    for (const oldest of entries.keys()) {
      if (totalBytes <= MAX_BYTES || oldest === key) break;
      remove(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.has(tag))) remove(key);
    }
  }

  resetRequestCache() {}

  /** The estimated bytes held, for tests and diagnostics. */
  static size() {
    return { entries: entries.size, bytes: totalBytes, maxBytes: MAX_BYTES };
  }
}

module.exports = MemoryCacheHandler;
