/**
 * The one way to build SOQL from input. `soql` is a tagged template: its literal parts are
 * the query as written in code, and every interpolated value becomes a SOQL literal, strings
 * escaped by Salesforce's rules (SOQL and SOSL Reference, "Quoted String Escape Sequences").
 * The result is a branded `Soql`, and the Salesforce adapter's query function takes nothing
 * else, so a string concatenated from input cannot reach it.
 *
 * @example
 * soql`SELECT Id FROM Lead WHERE Email = ${email} AND Name LIKE ${like`${prefix}%`}`
 * @module
 */

declare const soqlBrand: unique symbol;

/** A SOQL statement or fragment built by `soql`; only this module makes them. */
export interface Soql {
  readonly text: string;
  readonly [soqlBrand]: true;
}

declare const likeBrand: unique symbol;

/** A LIKE pattern built by `like`: its values cannot add wildcards. */
export interface LikePattern {
  readonly pattern: string;
  readonly [likeBrand]: true;
}

/** What `soql` accepts between `${}`. */
export type SoqlValue =
  string | number | boolean | Date | null | Soql | LikePattern | readonly (string | number)[];

const built = new WeakSet<object>();

function makeSoql(text: string): Soql {
  const value = { text } as Soql;
  built.add(value);
  return Object.freeze(value);
}

/** True only for values that `soql` (or `soqlIdentifier`) made. */
export function isSoql(value: unknown): value is Soql {
  return typeof value === 'object' && value !== null && built.has(value);
}

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

// Backslash, quotes, C0 controls, DEL, and lone UTF-16 surrogates (which would make the
// query's URL encoding throw).
const NEEDS_ESCAPE =
  /[\\'"\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeCharacter(character: string): string {
  return NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** The body of a SOQL string literal (without the quotes) that means exactly `value`. */
export function escapeSoqlString(value: string): string {
  return value.replace(NEEDS_ESCAPE, escapeCharacter);
}

/** `value` for use inside a LIKE pattern: escaped, and its % and _ matching only themselves. */
export function escapeSoqlLike(value: string): string {
  return escapeSoqlString(value).replace(/[%_]/g, (wildcard) => `\\${wildcard}`);
}

/**
 * A LIKE pattern: the template's literal parts are the wildcards (`%`, `_`) written in code,
 * and each value matches only itself. Interpolate the result into `soql`.
 * @example like`%${fragment}%`
 */
export function like(parts: TemplateStringsArray, ...values: string[]): LikePattern {
  let pattern = escapeSoqlString(parts[0] ?? '');
  values.forEach((value, index) => {
    if (typeof value !== 'string') throw new TypeError('like`` takes only string values');
    pattern += escapeSoqlLike(value) + escapeSoqlString(parts[index + 1] ?? '');
  });
  const result = { pattern } as LikePattern;
  built.add(result);
  return Object.freeze(result);
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

/**
 * A field or object name that comes from configuration rather than code (e.g. the external
 * id field). Only API-name characters pass; anything else throws.
 */
export function soqlIdentifier(name: string): Soql {
  if (!IDENTIFIER.test(name)) throw new TypeError('not a Salesforce API name');
  return makeSoql(name);
}

function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new TypeError('soql`` got an invalid Date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function formatValue(value: SoqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return `'${escapeSoqlString(value)}'`;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('soql`` got a number that is not finite');
    return String(value);
  }
  if (value instanceof Date) return formatDateTime(value);
  if (Array.isArray(value)) {
    if (value.length === 0) throw new TypeError('soql`` got an empty list for IN');
    return `(${value.map((item) => formatValue(item)).join(', ')})`;
  }
  if (typeof value === 'object' && built.has(value)) {
    return 'pattern' in value ? `'${value.pattern}'` : (value as Soql).text;
  }
  throw new TypeError('soql`` got a value it cannot quote');
}

/** Builds SOQL, every interpolated value a literal (or a nested `soql`/`like` result). */
export function soql(parts: TemplateStringsArray, ...values: SoqlValue[]): Soql {
  let text = parts[0] ?? '';
  values.forEach((value, index) => {
    text += formatValue(value) + (parts[index + 1] ?? '');
  });
  return makeSoql(text);
}
