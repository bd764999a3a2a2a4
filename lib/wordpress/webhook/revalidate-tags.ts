import { revalidateTag } from 'next/cache';

/**
 * Expires the tags at once rather than marking them stale: the next request renders fresh
 * content instead of being served the old page while a new one is built. Route handlers and
 * server actions only: Next keeps the cache behind a request's context.
 */
export function revalidateContentTags(tags: readonly string[]): void {
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
}
