// @ts-check
/**
 * Next.js's server cache (ISR pages, unstable_cache data) kept in this process's memory only.
 * The built-in handler persists to .next/ on disk, so a restart with another content source
 * would serve the old source's pages; memory starts clean. Across several instances this is
 * the module to swap for a shared store (Redis), with the same four methods.
 */
const MAX_ENTRIES = Number.parseInt(process.env.PORTICO_CACHE_MAX_ENTRIES ?? '', 10) || 5000;

/** @typedef {{ value: unknown, lastModified: number, tags: string[] }} Entry */

/** @type {Map<string, Entry>} */
const entries = new Map();

/** @param {unknown} data @param {{ tags?: string[] } | undefined} ctx */
function tagsOf(data, ctx) {
  const tags = new Set(ctx?.tags ?? []);
  const headers = /** @type {{ headers?: Record<string, unknown> } | null} */ (data)?.headers;
  const header = headers?.['x-next-cache-tags'];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  return [...tags];
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
    if (data === null) {
      entries.delete(key);
      return;
    }
    entries.delete(key);
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) });
    while (entries.size > MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest === undefined) break;
      entries.delete(oldest);
    }
  }

  /** @param {string | string[]} tags */
  async revalidateTag(tags) {
    const wanted = new Set(Array.isArray(tags) ? tags : [tags]);
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => wanted.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}

module.exports = MemoryCacheHandler;
