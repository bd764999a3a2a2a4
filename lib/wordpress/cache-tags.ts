/**
 * Cache tags of WordPress content. Every page carries the site-wide tag (it shows the menus
 * and settings) and the tag of its own URI; the webhook revalidates by these.
 */
export const CONTENT_TAG = 'wp';

/** The tag of the sitemap's list of URIs. */
export const SITEMAP_TAG = 'wp:sitemap';

/** The tag of one URI's page, normalised to WordPress's leading and trailing slash. */
export function uriTag(uri: string): string {
  return `wp:uri:${normalizeUri(uri)}`;
}

/** A URI with WordPress's leading and trailing slash; query-string URIs keep their form. */
export function normalizeUri(uri: string): string {
  if (uri.includes('?')) return uri.startsWith('/') ? uri : `/${uri}`;
  const trimmed = uri.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
