/** A parsed XML element as fast-xml-parser gives it (attributes as `@_name`). */
export type XmlNode = { [key: string]: unknown };

const CDATA = '__cdata';
const TEXT = '#text';

/** Elements that may repeat in a WXR file and are therefore always read as lists. */
export const REPEATED_ELEMENTS = new Set([
  'item',
  'category',
  'wp:author',
  'wp:category',
  'wp:tag',
  'wp:term',
  'wp:postmeta',
  'wp:comment',
  'wp:commentmeta',
  'portico:menu_location',
]);

/** The parser settings the WXR reader relies on. */
export const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: CDATA,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  isArray: (name: string) => REPEATED_ELEMENTS.has(name),
} as const;

/**
 * The text of an element: its CDATA sections verbatim when it has any (whitespace around them
 * is layout), otherwise its trimmed text.
 */
export function textOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return textOf(value[0]);
  const node = value as XmlNode;
  const cdata = node[CDATA];
  if (cdata !== undefined) return Array.isArray(cdata) ? cdata.join('') : String(cdata);
  return textOf(node[TEXT]);
}

/** The named child element's text. */
export function childText(node: XmlNode, name: string): string {
  return textOf(node[name]);
}

/** The named child element's text as an integer (0 when empty or not a number). */
export function childInt(node: XmlNode, name: string): number {
  const value = Number.parseInt(childText(node, name), 10);
  return Number.isFinite(value) ? value : 0;
}

/** The repeated child elements (always a list). */
export function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) =>
    typeof entry === 'object' && entry !== null ? entry : { [TEXT]: entry },
  );
}

/** An attribute of an element. */
export function attribute(node: XmlNode, name: string): string {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : '';
}
