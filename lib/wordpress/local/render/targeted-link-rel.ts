/**
 * WordPress's wp_targeted_link_rel, which runs when a post is saved (so also on import):
 * links with a target get rel="noopener". The export holds content from before that
 * filter, so the renderer applies it to reach what the database holds.
 * @module
 */
import { escAttr } from './php';

interface HairAttr {
  name: string;
  value: string;
  whole: string;
}

/** A small wp_kses_hair: the attributes of a tag, first occurrence of each name wins. */
function parseAttributes(text: string): HairAttr[] {
  const attrs = new Map<string, HairAttr>();
  const pattern = /([-a-zA-Z:_]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (const m of text.matchAll(pattern)) {
    const name = (m[1] ?? '').toLowerCase();
    if (attrs.has(name)) continue;
    if (m[2] !== undefined) attrs.set(name, { name, value: m[2], whole: `${name}="${m[2]}"` });
    else if (m[3] !== undefined) attrs.set(name, { name, value: m[3], whole: `${name}='${m[3]}'` });
    else if (m[4] !== undefined) attrs.set(name, { name, value: m[4], whole: `${name}="${m[4]}"` });
    else attrs.set(name, { name, value: '', whole: name });
  }
  return [...attrs.values()];
}

function addRel(linkHtml: string): string {
  const attrs = parseAttributes(linkHtml);
  if (!attrs.some((a) => a.name === 'target')) return `<a ${linkHtml}>`;
  const existing = attrs.find((a) => a.name === 'rel');
  const rel = existing
    ? [...new Set(`${existing.value} noopener`.split(/\s+/).filter(Boolean))].join(' ')
    : 'noopener';
  const relWhole = `rel="${escAttr(rel)}"`;
  const parts = existing
    ? attrs.map((a) => (a === existing ? relWhole : a.whole))
    : [...attrs.map((a) => a.whole), relWhole];
  return `<a ${parts.join(' ')}>`;
}

/** Port of wp_targeted_link_rel with its default value, 'noopener'. */
export function addTargetedLinkRel(text: string): string {
  const lower = text.toLowerCase();
  if (!lower.includes('target') || !lower.includes('<a ')) return text;
  const scriptOrStyle = /(<(script|style)[\s\S]*?<\/\2>)/gi;
  return text
    .split(scriptOrStyle)
    .map((part, i) => {
      if (i % 3 === 1) return part;
      if (i % 3 === 2) return '';
      return part.replace(
        /<a[\t\n\v\f\r ]([^>]*target[\t\n\v\f\r ]*=[^>]*)>/gi,
        (_, html: string) => addRel(html),
      );
    })
    .join('');
}
