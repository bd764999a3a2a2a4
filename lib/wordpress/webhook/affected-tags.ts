import { CONTENT_TAG, SITEMAP_TAG, uriTag } from '../cache-tags';
import type { WebhookPayload } from './payload';

const FRONT_PAGE = '/';

/**
 * The cache tags an event makes stale. Menus and settings appear on every page, so they
 * revalidate everything; a post revalidates its own URIs (old and new), the front page, the
 * archives that list it and the sitemap, and nothing else.
 */
export function affectedTags(payload: WebhookPayload): string[] {
  if (!('post' in payload)) return [CONTENT_TAG];

  const { uri, previousUri, archiveUris } = payload.post;
  const uris = [uri, previousUri, FRONT_PAGE, ...archiveUris].filter(
    (value): value is string => typeof value === 'string',
  );
  return [...new Set([...uris.map(uriTag), SITEMAP_TAG])];
}
