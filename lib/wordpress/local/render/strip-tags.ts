/**
 * PHP's strip_tags and WordPress's wp_strip_all_tags.
 * @module
 */

/**
 * Port of PHP's strip_tags without allowed tags: removes tags (respecting quoted `>`),
 * comments and an unclosed trailing tag; a `<` followed by whitespace is kept as text.
 */
export function stripTags(html: string): string {
  let out = '';
  let at = 0;
  while (at < html.length) {
    const ch = html[at] ?? '';
    const next = html[at + 1];
    if (ch !== '<' || next === undefined || /[\t\n\v\f\r ]/.test(next)) {
      out += ch;
      at += 1;
      continue;
    }
    if (html.startsWith('<!--', at)) {
      const end = html.indexOf('-->', at + 4);
      at = end === -1 ? html.length : end + 3;
      continue;
    }
    at = skipTag(html, at + 1);
  }
  return out;
}

function skipTag(html: string, start: number): number {
  let quote = '';
  let depth = 1;
  for (let at = start; at < html.length; at += 1) {
    const ch = html[at];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '<') {
      depth += 1;
    } else if (ch === '>') {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
  }
  return html.length;
}

/** Port of wp_strip_all_tags (line breaks kept): drops scripts and styles with their text. */
export function stripAllTags(html: string): string {
  const withoutScripts = html.replace(/<(script|style)[^>]*?>[\s\S]*?<\/\1>/gi, '');
  return stripTags(withoutScripts).replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}
