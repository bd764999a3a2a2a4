/**
 * URL checks shared by the sanitiser and the content pipeline. They read a URL the way a
 * browser does (WHATWG URL parsing after the same whitespace clean-up), so a scheme hidden by
 * case, entities, tabs or newlines is seen for what it is.
 * @module
 */

/** Schemes a link may use. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/** Schemes a media source (img, source, video, audio, track) may use: no data:, no blob:. */
export const MEDIA_SCHEMES: readonly string[] = ['http:', 'https:'];

// Browsers drop leading and trailing C0 controls and spaces, and every tab and newline inside.
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const INNER_TABS_NEWLINES = /[\t\n\r]/g;
const BASE = 'https://base.invalid/';

/** The URL as a browser would read it, before resolving. */
export function cleanUrl(value: string): string {
  return value.replace(EDGE_CONTROLS, '').replace(INNER_TABS_NEWLINES, '');
}

/**
 * Whether `value`, once a browser resolves it against any http(s) page, uses one of `schemes`.
 * Relative URLs inherit http(s) and pass; anything that does not parse fails.
 */
export function hasAllowedScheme(value: string, schemes: readonly string[]): boolean {
  const cleaned = cleanUrl(value);
  if (cleaned === '') return false;
  try {
    return schemes.includes(new URL(cleaned, BASE).protocol);
  } catch {
    return false;
  }
}

/** Parses an absolute http(s) URL, or returns null. */
export function parseHttpUrl(value: string, base?: string): URL | null {
  try {
    const url = new URL(cleanUrl(value), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
