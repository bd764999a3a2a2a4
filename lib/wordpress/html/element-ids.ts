/**
 * Element ids from content, kept where they are harmless. An id that is a valid JavaScript
 * name becomes a global (`window.dataLayer`, `self.__next_f`) and could break the site's own
 * scripts (DOM clobbering), so such ids get a `wp-` prefix, and so do the in-page references
 * to them. Ids with a hyphen, as WordPress generates them, are kept unchanged.
 * @module
 */

const PREFIX = 'wp-';
const SAFE_ID = /^[\p{L}\p{N}_:.-]{1,100}$/u;
const SCRIPT_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

/** The id to write for a content id, or null when it is not worth keeping. */
export function scopeId(id: string): string | null {
  const trimmed = id.trim();
  if (!SAFE_ID.test(trimmed)) return null;
  return SCRIPT_NAME.test(trimmed) ? PREFIX + trimmed : trimmed;
}

/** A space-separated list of ids (aria-describedby, headers) with each id scoped. */
export function scopeIdList(list: string): string | null {
  const ids = list
    .split(/\s+/)
    .map((id) => (id ? scopeId(id) : null))
    .filter((id): id is string => id !== null);
  return ids.length > 0 ? ids.join(' ') : null;
}

/** An in-page link (`#top`) pointing at the scoped id; other hrefs are returned unchanged. */
export function scopeFragmentHref(href: string): string {
  if (!href.startsWith('#') || href.length === 1) return href;
  let fragment: string;
  try {
    fragment = decodeURIComponent(href.slice(1));
  } catch {
    return href;
  }
  const scoped = scopeId(fragment);
  return scoped === null || scoped === fragment ? href : `#${encodeURIComponent(scoped)}`;
}
