import { createHash } from 'node:crypto';

/**
 * Cache tags of WordPress content. Every page carries the site-wide tag (it shows the menus
 * and settings) and the tag of its own URI; the webhook revalidates by these.
 */
export const CONTENT_TAG = 'wp';

/** The tag of the sitemap's list of URIs. */
export const SITEMAP_TAG = 'wp:sitemap';

// Next ignores, and logs, a tag longer than this.
const MAX_TAG_LENGTH = 256;

/**
 * The tag of one URI's page, normalised to WordPress's leading and trailing slash. A URI too
 * long for a tag is named by its hash, the same for the page and for the webhook.
 */
export function uriTag(uri: string): string {
  const normalized = normalizeUri(uri);
  const tag = `wp:uri:${normalized}`;
  if (tag.length <= MAX_TAG_LENGTH) return tag;
  return `wp:uri#${createHash('sha256').update(normalized).digest('hex')}`;
}

/** A URI with WordPress's leading and trailing slash; query-string URIs keep their form. */
export function normalizeUri(uri: string): string {
  if (uri.includes('?')) return uri.startsWith('/') ? uri : `/${uri}`;
  const trimmed = uri.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
