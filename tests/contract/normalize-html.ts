/**
 * A normaliser for comparing rendered HTML: whitespace and attribute order stop mattering,
 * everything else (tag names, attribute values, text, entities) still does.
 * @module
 */

/** Options for {@link normalizeHtml}. */
export interface NormalizeOptions {
  /**
   * Replace per-request numbers (wp-container-N, wp-block-gallery-N, modal-N, duotone ids)
   * with a placeholder, for answers that rendered many nodes in one request.
   */
  renumber?: boolean;
}

const TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][^>]*>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function normalizeTag(tag: string): string {
  if (tag.startsWith('<!--') || tag.startsWith('</')) return tag.replace(/\s+/g, ' ');
  const m = /^<([a-zA-Z][^\s/>]*)([\s\S]*?)(\/?)>$/.exec(tag);
  if (!m) return tag;
  const attrs = [...(m[2] ?? '').matchAll(ATTR)].map((a) => {
    const value = a[2] ?? a[3] ?? a[4];
    return value === undefined ? (a[1] ?? '') : `${a[1]}="${value.replace(/"/g, '&quot;')}"`;
  });
  attrs.sort();
  const name = (m[1] ?? '').toLowerCase();
  return `<${[name, ...attrs].join(' ')}${m[3] ? ' /' : ''}>`;
}

const RENUMBERED: [RegExp, string][] = [
  [/wp-container-\d+/g, 'wp-container-N'],
  [/wp-block-gallery-\d+/g, 'wp-block-gallery-N'],
  [/modal-\d+/g, 'modal-N'],
  [/wp-duotone-[a-z0-9-]+?-\d+\b/g, 'wp-duotone-N'],
];

/**
 * Normalises HTML for comparison: collapses whitespace runs to one space, drops whitespace
 * between tags, and writes every start tag with its attributes sorted and double-quoted.
 */
export function normalizeHtml(html: string, options: NormalizeOptions = {}): string {
  let out = '';
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    out += html.slice(last, m.index).replace(/\s+/g, ' ');
    out += `\u0000${normalizeTag(m[0])}\u0000`;
    last = (m.index ?? 0) + m[0].length;
  }
  out += html.slice(last).replace(/\s+/g, ' ');
  out = out
    .replace(/\u0000 \u0000/g, '\u0000\u0000')
    .replace(/\u0000/g, '')
    .trim();
  if (options.renumber) {
    for (const [pattern, replacement] of RENUMBERED) out = out.replace(pattern, replacement);
  }
  return out;
}
