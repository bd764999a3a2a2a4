/**
 * Tokenisers that cut HTML into text and tags the way WordPress's regular expressions do
 * (wp_html_split and the wptexturize split), so ports of its filters see the same pieces.
 * @module
 */

/** A piece of HTML: text between tags, a tag, an HTML comment or a registered shortcode. */
export interface HtmlToken {
  kind: 'text' | 'tag' | 'comment' | 'shortcode';
  text: string;
}

const COMMENT = '!(?:-(?!->)[^-]*)*(?:-->)?';
const CDATA = '!\\[CDATA\\[[^\\]]*(?:\\](?!\\]>)[^\\]]*)*(?:\\]\\]>)?';
const TEXTURIZE_HTML = new RegExp(`<(?:(?=!--)${COMMENT}|(?!!--)[^>]*>?)`, 'y');
const WP_HTML = new RegExp(
  `<(?:(?=!--|!\\[CDATA\\[)(?:(?=!-)${COMMENT}|${CDATA})|(?!!--|!\\[CDATA\\[)[^>]*>?)`,
  'y',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The wptexturize shortcode pattern: an opening or closing tag of a registered shortcode. */
export function texturizeShortcodePattern(tags: readonly string[]): string {
  const names = tags.map(escapeRegExp).join('|');
  // The lookahead-and-backreference pair makes the run atomic, as PHP's possessive `*+` is.
  return `\\[[/[]?(?:${names})(?=[\\s\\]/])(?:(?=([^[\\]<>]+))\\1|<[^[\\]>]*>)*\\]\\]?`;
}

/** Shortcode names that appear after a `[` or `[/` in `text` (WordPress's quick pre-check). */
export function shortcodeNamesIn(text: string, registered: readonly string[]): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\[\/?([^<>&/[\]\x00-\x20=]+)/g)) found.add(match[1] ?? '');
  return registered.filter((name) => found.has(name));
}

/** Splits as wptexturize does: HTML comments, tags and registered shortcodes versus text. */
export function splitHtmlAndShortcodes(text: string, registered: readonly string[]): HtmlToken[] {
  const names = shortcodeNamesIn(text, registered);
  const shortcode = names.length > 0 ? new RegExp(texturizeShortcodePattern(names), 'y') : null;
  return tokenize(text, (at) => {
    const ch = text[at];
    if (ch === '<') {
      TEXTURIZE_HTML.lastIndex = at;
      const m = TEXTURIZE_HTML.exec(text);
      if (!m) return null;
      return { kind: m[0].startsWith('<!--') ? 'comment' : 'tag', text: m[0] };
    }
    if (ch === '[' && shortcode) {
      shortcode.lastIndex = at;
      const m = shortcode.exec(text);
      return m ? { kind: 'shortcode', text: m[0] } : null;
    }
    return null;
  });
}

/** Port of wp_html_split: alternating text and tags (comments and CDATA count as tags). */
export function splitHtml(text: string): HtmlToken[] {
  return tokenize(text, (at) => {
    if (text[at] !== '<') return null;
    WP_HTML.lastIndex = at;
    const m = WP_HTML.exec(text);
    return m ? { kind: m[0].startsWith('<!--') ? 'comment' : 'tag', text: m[0] } : null;
  });
}

function tokenize(text: string, matchAt: (at: number) => HtmlToken | null): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let textStart = 0;
  let at = 0;
  while (at < text.length) {
    const token = text[at] === '<' || text[at] === '[' ? matchAt(at) : null;
    if (!token || token.text === '') {
      at += 1;
      continue;
    }
    if (at > textStart) tokens.push({ kind: 'text', text: text.slice(textStart, at) });
    tokens.push(token);
    at += token.text.length;
    textStart = at;
  }
  if (textStart < text.length) tokens.push({ kind: 'text', text: text.slice(textStart) });
  return tokens;
}

/** PHP's str_replace with arrays: each pair is applied in turn to the whole string. */
export function replaceAll(text: string, pairs: readonly (readonly [string, string])[]): string {
  return pairs.reduce((acc, [from, to]) => acc.split(from).join(to), text);
}

/** Port of wp_replace_in_html_tags: replaces strings only inside tags and comments. */
export function replaceInHtmlTags(html: string, pairs: readonly (readonly [string, string])[]) {
  const tokens = splitHtml(html);
  return tokens
    .map((token) => {
      if (token.kind === 'text') return token.text;
      if (pairs.length === 1) return replaceAll(token.text, pairs);
      return pairs.some(([from]) => token.text.includes(from))
        ? strtr(token.text, pairs)
        : token.text;
    })
    .join('');
}

/** PHP's strtr with pairs: longest match first, replaced text is never scanned again. */
export function strtr(text: string, pairs: readonly (readonly [string, string])[]): string {
  const sorted = [...pairs]
    .filter(([from]) => from !== '')
    .sort((a, b) => b[0].length - a[0].length);
  let out = '';
  let at = 0;
  while (at < text.length) {
    const hit = sorted.find(([from]) => text.startsWith(from, at));
    if (hit) {
      out += hit[1];
      at += hit[0].length;
    } else {
      out += text[at];
      at += 1;
    }
  }
  return out;
}
