import { decode } from 'html-entities';

import { texturize } from '../../render/texturize';

/** A stored slug as WordPress shows it in URIs and the `slug` field (percent-decoded). */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** A slug for a title, close to sanitize_title_with_dashes for Latin text. */
export function slugFromTitle(title: string): string {
  return title
    .replace(/<[^>]*>/g, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&[a-z0-9#]+;/g, '')
    .replace(/[^\p{L}\p{N}\s_-]+/gu, '')
    .trim()
    .replace(/[\s_-]+/g, '-');
}

/**
 * A title as WPGraphQL returns it: the_title's filters (wptexturize, capital_P_dangit, trim),
 * then HTML entities decoded.
 */
export function renderTitle(title: string): string {
  return decode(texturize(title, []).replaceAll('Wordpress', 'WordPress').trim());
}

/** A term, user or site text as WPGraphQL returns it: entities decoded, empty as null. */
export function plainOrNull(text: string): string | null {
  const decoded = decode(text);
  return decoded === '' ? null : decoded;
}

/** wp_trim_words(text, 200) as nav menu descriptions use it: tags out, whitespace collapsed. */
export function trimWords(text: string, limit = 200): string {
  const words = text
    .replace(/<(script|style)[^>]*?>.*?<\/\1>/gis, '')
    .replace(/<[^>]*>/g, '')
    .trim()
    .split(/[\n\r\t ]+/)
    .filter(Boolean);
  return words.length > limit ? `${words.slice(0, limit).join(' ')}&hellip;` : words.join(' ');
}

/** `YYYY-MM-DD HH:MM:SS` as WPGraphQL prints dates (`T`, no zone), null when unset. */
export function toGraphqlDate(date: string): string | null {
  if (!date || date.startsWith('0000-00-00')) return null;
  return date.replace(' ', 'T');
}
