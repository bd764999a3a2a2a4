/**
 * Text as a browser shows it, and the comparison of WordPress titles modulo texturize, for the
 * browser tests. Independent of lib/wordpress/html on purpose.
 * @module
 */
import { decode } from 'html-entities';

/**
 * The text a browser shows for an HTML fragment: comments, scripts and tags dropped, entities
 * decoded once, whitespace collapsed. WordPress titles are HTML (`Title <em>With</em> Markup`
 * shows as "Title With Markup"), so this is what a visitor reads in the h1.
 */
export function visibleText(html: string): string {
  const withoutMarkup = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[a-z/!][^>]*>/gi, (tag) =>
      /^<\/?(p|div|br|li|h\d|blockquote)\b/i.test(tag) ? ' ' : '',
    );
  return decode(withoutMarkup, { level: 'html5' }).replace(/\s+/g, ' ').trim();
}

/**
 * Folds the characters WordPress's wptexturize and convert_chars substitute back to what an
 * editor types, so an export title (before texturize) can be compared with the page (after):
 * curly single and double quotes and primes become ' and ", en and em dashes (texturize turns
 * `--` into – and `---` into —) become a single -, … becomes ..., × (texturize's `2x4`)
 * becomes x, ™ becomes (tm); then whitespace is collapsed. Everything else must match exactly.
 */
export function foldTexturize(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/-*[\u2013\u2014]-*|-{2,}/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/(\d)\s*\u00D7\s*(\d)/g, '$1x$2')
    .replace(/\u2122/g, '(tm)')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An HTML entity shown as text: the mark of HTML escaped once too often. */
export const VISIBLE_ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** A WordPress media or caption shortcode that reached the page without being rendered. */
export const RAW_SHORTCODE = /\[(gallery|caption|embed|audio|video|playlist)[\s\]]/;
