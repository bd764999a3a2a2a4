/**
 * WordPress's do_shortcode, strip_shortcodes and shortcode_unautop.
 * @module
 */
import { splitHtml, strtr } from '../html-split';
import { SPACES } from '../php';
import {
  parseShortcodeAttrs,
  shortcodePattern,
  tagNamesIn,
  toShortcodeMatch,
  type ShortcodeAttrs,
  type ShortcodeMatch,
} from './parse';

/** A shortcode callback: attributes, enclosed content (if any) and tag name in, HTML out. */
export type ShortcodeHandler = (
  attrs: ShortcodeAttrs,
  content: string | undefined,
  tag: string,
) => string;

/** Registered shortcodes by tag, in registration order. */
export type ShortcodeRegistry = ReadonlyMap<string, ShortcodeHandler>;

const ESCAPE_BRACKETS: [string, string][] = [
  ['[', '&#91;'],
  [']', '&#93;'],
];

/**
 * Port of do_shortcodes_in_html_tags, except that shortcodes inside attribute values are
 * not expanded (no fixture has one, and doing it safely needs KSES): brackets inside tags
 * are hidden from the shortcode pattern and put back afterwards.
 */
function hideBracketsInTags(content: string): string {
  const normalised = strtr(content, [
    ['&#91;', '&#091;'],
    ['&#93;', '&#093;'],
  ]);
  return splitHtml(normalised)
    .map((token) => {
      if (token.kind === 'text') return token.text;
      const hasOpen = token.text.includes('[');
      const hasClose = token.text.includes(']');
      return hasOpen || hasClose ? strtr(token.text, ESCAPE_BRACKETS) : token.text;
    })
    .join('');
}

function restoreBrackets(content: string): string {
  return strtr(content, [
    ['&#91;', '['],
    ['&#93;', ']'],
  ]);
}

function replaceShortcodes(
  content: string,
  tags: readonly string[],
  replace: (m: ShortcodeMatch) => string,
): string {
  const hidden = hideBracketsInTags(content);
  const replaced = hidden.replace(shortcodePattern(tags), (...args) => {
    const groups = args.slice(0, 9) as string[];
    const m = toShortcodeMatch(Object.assign(groups, { index: 0 }) as RegExpMatchArray);
    if (m.escapeOpen === '[' && m.escapeClose === ']') return m.whole.slice(1, -1);
    return replace(m);
  });
  return restoreBrackets(replaced);
}

/** Port of do_shortcode: expands every registered shortcode in `content`. */
export function doShortcode(content: string, registry: ShortcodeRegistry): string {
  if (!content.includes('[')) return content;
  const tags = tagNamesIn(content, [...registry.keys()]);
  if (tags.length === 0) return content;

  return replaceShortcodes(content, tags, (m) => {
    const handler = registry.get(m.tag);
    const output = handler ? handler(parseShortcodeAttrs(m.attrText), m.content, m.tag) : '';
    return m.escapeOpen + output + m.escapeClose;
  });
}

/** Port of strip_shortcodes: removes registered shortcodes and what they enclose. */
export function stripShortcodes(content: string, tags: readonly string[]): string {
  if (!content.includes('[')) return content;
  const present = tagNamesIn(content, tags);
  if (present.length === 0) return content;
  return replaceShortcodes(content, present, (m) => m.escapeOpen + m.escapeClose);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Port of shortcode_unautop: unwraps a shortcode that wpautop put alone in a paragraph. */
export function shortcodeUnautop(text: string, tags: readonly string[]): string {
  if (tags.length === 0) return text;
  const names = tags.map(escapeRegExp).join('|');
  const pattern = new RegExp(
    `<p>(?:${SPACES})*(\\[(${names})(?![\\w-])[^\\]/]*(?:/(?!\\])[^\\]/]*)*?` +
      `(?:/\\]|\\](?:[^[]*(?:\\[(?!/\\2\\])[^[]*)*\\[/\\2\\])?))(?:${SPACES})*</p>`,
    'g',
  );
  return text.replace(pattern, '$1');
}
