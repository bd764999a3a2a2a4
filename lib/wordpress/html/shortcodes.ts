/**
 * Shortcodes that reached the HTML as text because no plugin rendered them (`[foo]`,
 * `[foo bar="x"]…[/foo]`): the brackets go, the text between them stays. Conservative on
 * purpose, so footnote marks (`[1]`), `[&hellip;]` and bracketed prose (`[simple boat]`) are
 * left alone: only names WordPress or common plugins register, and tags carrying a quoted
 * `attr="…"`, are stripped. Known limit: WordPress hands an escaped `[[gallery]]` over as
 * `[gallery]`, so that literal text is stripped too.
 * @module
 */
import type { Document } from 'domhandler';
import { isText } from 'domhandler';

import { descendants, hasAncestor } from './dom';

/** Shortcode names of WordPress core and widespread plugins. */
export const KNOWN_SHORTCODES: ReadonlySet<string> = new Set([
  ...['audio', 'caption', 'wp_caption', 'embed', 'gallery', 'playlist', 'video'],
  ...['contact-form-7', 'contact-form', 'gravityform', 'gravityforms', 'wpforms', 'formidable'],
  ...['ninja_form', 'ninja_forms', 'mc4wp_form', 'caldera_form', 'fluentform'],
  ...['products', 'product', 'product_page', 'product_category', 'product_categories'],
  ...['add_to_cart', 'add_to_cart_url', 'shop_messages', 'recent_products', 'sale_products'],
  ...['woocommerce_cart', 'woocommerce_checkout', 'woocommerce_my_account'],
  ...['youtube', 'vimeo', 'soundcloud', 'spotify', 'tweet', 'twitter-timeline', 'instagram'],
  ...['googlemaps', 'slideshow', 'recipe', 'portfolio', 'testimonials', 'sourcecode'],
]);

/** Page-builder namespaces (`[vc_row]`, `[et_pb_section]`, `[su_button]`, …). */
const KNOWN_PREFIXES = /^(?:vc|et_pb|fusion|su|av|cs|kc|tatsu|x)_[\w-]+$/;

// `[name attrs]`, `[/name]` or `[name /]`; not when doubled (`[[name]]`).
const TAG = /(?<!\[)\[(\/)?([A-Za-z][\w-]*)(\s[^[\]]*)?\](?!\])/g;
const QUOTED_ATTR = /[\w-]+\s*=\s*["'“”″‘’′][^"'“”″‘’′]*["'“”″‘’′]/;
const SKIPPED_IN = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);

/** Names of opening tags in `text` that carry a quoted attribute, lower-cased. */
export function findAttributedShortcodes(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(TAG)) {
    const [, slash, name = '', attrs = ''] = match;
    if (!slash && QUOTED_ATTR.test(attrs)) names.push(name.toLowerCase());
  }
  return names;
}

/**
 * Removes shortcode tags from plain text, keeping what they enclose. `seen` holds names
 * already recognised elsewhere in the same content, so their closing tags go too.
 */
export function stripShortcodeTags(text: string, seen: ReadonlySet<string> = new Set()): string {
  return text.replace(TAG, (tag, slash: string | undefined, name: string, attrs?: string) => {
    const lower = name.toLowerCase();
    const isKnown = KNOWN_SHORTCODES.has(lower) || KNOWN_PREFIXES.test(lower) || seen.has(lower);
    const looksLikeShortcode = !slash && attrs !== undefined && QUOTED_ATTR.test(attrs);
    return isKnown || looksLikeShortcode ? '' : tag;
  });
}

/** Strips shortcode tags from every text node outside code. */
export function stripShortcodes(document: Document): void {
  const texts = descendants(document).filter(
    (node) => isText(node) && node.data.includes('[') && !hasAncestor(node, SKIPPED_IN),
  );
  const seen = new Set(
    texts.flatMap((node) => (isText(node) ? findAttributedShortcodes(node.data) : [])),
  );
  for (const node of texts) {
    if (isText(node)) node.data = stripShortcodeTags(node.data, seen);
  }
}
