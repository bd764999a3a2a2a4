/**
 * The shortcode grammar of WordPress 6.1: get_shortcode_regex and shortcode_parse_atts.
 * @module
 */

/** Parsed attributes: named ones lower-cased by name, positional ones under '0', '1', … */
export type ShortcodeAttrs = Record<string, string>;

/** One match of the shortcode pattern, with the groups WordPress numbers 1 to 6. */
export interface ShortcodeMatch {
  whole: string;
  escapeOpen: string;
  tag: string;
  attrText: string;
  selfClosing: boolean;
  content: string | undefined;
  escapeClose: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** The pattern for the given tag names; its groups are those of get_shortcode_regex. */
export function shortcodePattern(tags: readonly string[]): RegExp {
  const names = tags.map(escapeRegExp).join('|');
  // (?=(x))\7 is an atomic run, standing in for PHP's possessive `*+`.
  const source =
    `\\[(\\[?)(${names})(?![\\w-])([^\\]/]*(?:/(?!\\])[^\\]/]*)*?)` +
    `(?:(/)\\]|\\](?:((?=([^[]*))\\6(?:\\[(?!/\\2\\])(?=([^[]*))\\7)*)\\[/\\2\\])?)(\\]?)`;
  return new RegExp(source, 'g');
}

/** Converts a RegExp match of {@link shortcodePattern} into named parts. */
export function toShortcodeMatch(m: RegExpMatchArray): ShortcodeMatch {
  return {
    whole: m[0],
    escapeOpen: m[1] ?? '',
    tag: m[2] ?? '',
    attrText: m[3] ?? '',
    selfClosing: m[4] !== undefined,
    content: m[5],
    escapeClose: m[8] ?? '',
  };
}

const ATTR_PATTERN =
  /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;

/** PHP's stripcslashes for the escapes shortcode authors actually write. */
function stripCSlashes(text: string): string {
  const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', v: '\v', f: '\f', a: '\x07' };
  return text.replace(/\\(.)/gs, (_, ch: string) => map[ch] ?? ch);
}

/** Port of shortcode_parse_atts. */
export function parseShortcodeAttrs(input: string): ShortcodeAttrs {
  const text = input.replace(/[\u00a0\u200b]+/g, ' ');
  const attrs: ShortcodeAttrs = {};
  let position = 0;
  for (const m of text.matchAll(ATTR_PATTERN)) {
    if (m[1]) attrs[m[1].toLowerCase()] = stripCSlashes(m[2] ?? '');
    else if (m[3]) attrs[m[3].toLowerCase()] = stripCSlashes(m[4] ?? '');
    else if (m[5]) attrs[m[5].toLowerCase()] = stripCSlashes(m[6] ?? '');
    else if (m[7] !== undefined) attrs[String(position++)] = stripCSlashes(m[7]);
    else if (m[8] !== undefined) attrs[String(position++)] = stripCSlashes(m[8]);
    else if (m[9] !== undefined) attrs[String(position++)] = stripCSlashes(m[9]);
  }
  for (const [key, value] of Object.entries(attrs)) {
    if (value.includes('<') && !/^[^<]*(?:<[^>]*>[^<]*)*$/.test(value)) attrs[key] = '';
  }
  return attrs;
}

/** Port of shortcode_atts: the defaults, overridden by the given attributes they name. */
export function shortcodeAtts<T extends Record<string, string>>(
  defaults: T,
  attrs: ShortcodeAttrs,
) {
  const out = { ...defaults };
  for (const key of Object.keys(defaults)) {
    if (key in attrs) (out as Record<string, string>)[key] = attrs[key] ?? '';
  }
  return out;
}

/** Registered tag names that follow a `[` in `text` (do_shortcode's quick pre-check). */
export function tagNamesIn(text: string, registered: readonly string[]): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/\[([^<>&/[\]\x00-\x20=]+)/g)) found.add(m[1] ?? '');
  return registered.filter((name) => found.has(name));
}
