/**
 * Plain text from WPGraphQL's HTML-escaped fields: titles and names for React to escape again,
 * and excerpts flattened for meta descriptions.
 * @module
 */
import type { ChildNode } from 'domhandler';
import { Text, isTag, isText } from 'domhandler';
import { decode } from 'html-entities';
import { parseDocument } from 'htmlparser2';

/**
 * Decodes entities exactly once, as a browser would in text: `It&#8217;s` → `It’s`,
 * `&amp;amp;` → `&amp;` (shown literally), `&lt;b&gt;` → `<b>` (text, not markup).
 */
export function decodeHtmlText(s: string): string {
  return decode(s, { level: 'html5', scope: 'body' });
}

const SKIPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'title',
]);
const INLINE = new Set([
  ...['a', 'abbr', 'acronym', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em'],
  ...['i', 'ins', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub'],
  ...['sup', 'time', 'tt', 'u', 'var', 'wbr'],
]);

/**
 * The visible text of an HTML fragment for a meta description: tags dropped (blocks become
 * spaces), entities decoded once, whitespace collapsed, WordPress's `[&hellip;]` turned into
 * `…`. With `maxLength`, the text is cut at a word boundary and ends with `…`, never longer.
 *
 * @example htmlToText('<p>Hello &amp; welcome [&hellip;]</p>') // 'Hello & welcome…'
 */
export function htmlToText(html: string, maxLength?: number): string {
  const parts: string[] = [];
  collectText(parseDocument(html).children, parts);
  const text = parts
    .join('')
    .replace(/\s*\[…\]/g, '…')
    .replace(/\s+/g, ' ')
    .trim();
  return maxLength === undefined ? text : truncateAtWord(text, maxLength);
}

function collectText(nodes: readonly ChildNode[], parts: string[]): void {
  // An explicit stack: hostile content may nest deeper than the call stack allows.
  const stack: ChildNode[] = [...nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode;
    if (isText(node)) {
      parts.push(node.data);
    } else if (isTag(node) && !SKIPPED.has(node.name)) {
      if (!INLINE.has(node.name)) {
        parts.push(' ');
        stack.push(new Text(' '));
      }
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        stack.push(node.children[index] as ChildNode);
      }
    }
  }
}

function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  const room = text.slice(0, maxLength - 1);
  const endsAtWord = text.charAt(maxLength - 1) === ' ';
  const lastSpace = room.lastIndexOf(' ');
  const cut = endsAtWord || lastSpace <= maxLength / 2 ? room : room.slice(0, lastSpace);
  return `${cut.replace(/[\s.,;:!?…–—-]+$/u, '')}…`;
}
