/**
 * The one way to build Bullhorn queries from input, for both of its syntaxes:
 *
 * - `lucene` for `/search/…?query=`: Lucene's classic query syntax (`title:java*`,
 *   `address.city:"Boston"`, AND/OR, parentheses);
 * - `where` for `/query/…?where=`: the SQL-like syntax (`id=4123`, `address.city='Boston'`).
 *
 * Both are tagged templates: the literal parts are the query as written in code, and every
 * interpolated value is quoted or escaped. The results are branded types and the Bullhorn
 * adapter's request functions take nothing else, so a string concatenated from input cannot
 * reach Bullhorn.
 *
 * @example
 * lucene`(isOpen:1) AND (address.city:${city}) AND (title:${prefix(word)})`
 * where`id=${jobId}`
 * @module
 */

declare const luceneBrand: unique symbol;
declare const whereBrand: unique symbol;
declare const termBrand: unique symbol;

/** A Lucene query or fragment built by `lucene`. */
export interface LuceneQuery {
  readonly text: string;
  readonly [luceneBrand]: true;
}

/** A `where` condition built by `where`. */
export interface WhereClause {
  readonly text: string;
  readonly [whereBrand]: true;
}

/** A single Lucene term (unquoted), optionally a prefix, built by `term` or `prefix`. */
export interface LuceneTerm {
  readonly text: string;
  readonly [termBrand]: true;
}

// One registry per kind, so that a `where` result cannot pass as Lucene or the reverse.
const builtLucene = new WeakSet<object>();
const builtTerms = new WeakSet<object>();
const builtWhere = new WeakSet<object>();

function brand<T extends object>(registry: WeakSet<object>, text: string): T {
  const value = Object.freeze({ text });
  registry.add(value);
  return value as unknown as T;
}

// Lone UTF-16 surrogates cannot be URL-encoded; they become U+FFFD, as a browser would send.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function wellFormed(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd');
}

/** Lucene's reserved characters, and whitespace, which would end a term. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/\s]/g;
/** The operator words; the classic query parser reads them as operators only in capitals. */
const LUCENE_OPERATOR_WORD = /^(AND|OR|NOT)$/;

/**
 * `value` as one Lucene term that matches only itself: every reserved character and all
 * whitespace backslash-escaped, and a bare AND, OR or NOT escaped so it is no operator.
 */
export function escapeLuceneTerm(value: string): string {
  const escaped = wellFormed(value).replace(LUCENE_SPECIAL, (character) => `\\${character}`);
  return LUCENE_OPERATOR_WORD.test(escaped) ? `\\${escaped}` : escaped;
}

/** The body of a Lucene phrase (without the quotes) that means exactly `value`. */
export function escapeLucenePhrase(value: string): string {
  return wellFormed(value).replace(/["\\]/g, (character) => `\\${character}`);
}

/** The body of a `where` string literal (without the single quotes): quotes doubled. */
export function escapeWhereString(value: string): string {
  return wellFormed(value).replace(/'/g, "''");
}

/** An exact term, e.g. `lucene\`employmentType:${term(type)}\``; empty is refused. */
export function term(value: string): LuceneTerm {
  if (value === '') throw new TypeError('term() got an empty string');
  return brand<LuceneTerm>(builtTerms, escapeLuceneTerm(value));
}

/** A term matched as a word prefix: the value escaped, then Lucene's trailing wildcard. */
export function prefix(value: string): LuceneTerm {
  if (value === '') throw new TypeError('prefix() got an empty string');
  return brand<LuceneTerm>(builtTerms, `${escapeLuceneTerm(value)}*`);
}

/** What `lucene` accepts between `${}`: strings become quoted phrases. */
export type LuceneValue = string | number | boolean | LuceneQuery | LuceneTerm;

function formatNumber(value: number, tag: string): string {
  if (!Number.isFinite(value)) throw new TypeError(`${tag} got a number that is not finite`);
  return String(value);
}

function formatLuceneValue(value: LuceneValue): string {
  if (typeof value === 'string') return `"${escapeLucenePhrase(value)}"`;
  if (typeof value === 'number') return formatNumber(value, 'lucene``');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (builtLucene.has(value) || builtTerms.has(value)) return value.text;
  throw new TypeError('lucene`` got a value it cannot quote');
}

/** Builds a Lucene query, every interpolated value escaped or quoted. */
export function lucene(parts: TemplateStringsArray, ...values: LuceneValue[]): LuceneQuery {
  let text = parts[0] ?? '';
  values.forEach((value, index) => {
    text += formatLuceneValue(value) + (parts[index + 1] ?? '');
  });
  return brand<LuceneQuery>(builtLucene, text);
}

/** Joins fragments with ` AND ` (or ` OR `), each in parentheses; none gives null. */
export function joinLucene(
  fragments: readonly LuceneQuery[],
  operator: 'AND' | 'OR' = 'AND',
): LuceneQuery | null {
  for (const fragment of fragments) {
    if (!builtLucene.has(fragment))
      throw new TypeError('joinLucene() got a value lucene`` did not make');
  }
  if (fragments.length === 0) return null;
  return brand<LuceneQuery>(
    builtLucene,
    fragments.map((fragment) => `(${fragment.text})`).join(` ${operator} `),
  );
}

/** True only for queries that `lucene` or `joinLucene` made. */
export function isLuceneQuery(value: unknown): value is LuceneQuery {
  return typeof value === 'object' && value !== null && builtLucene.has(value);
}

/** What `where` accepts between `${}`: strings become single-quoted literals. */
export type WhereValue = string | number | boolean | readonly (string | number)[];

function formatWhereValue(value: WhereValue): string {
  if (typeof value === 'string') return `'${escapeWhereString(value)}'`;
  if (typeof value === 'number') return formatNumber(value, 'where``');
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    if (value.length === 0) throw new TypeError('where`` got an empty list for IN');
    return `(${value.map((item: string | number) => formatWhereValue(item)).join(',')})`;
  }
  throw new TypeError('where`` got a value it cannot quote');
}

/** Builds a `where` condition, every interpolated value a quoted literal. */
export function where(parts: TemplateStringsArray, ...values: WhereValue[]): WhereClause {
  let text = parts[0] ?? '';
  values.forEach((value, index) => {
    text += formatWhereValue(value) + (parts[index + 1] ?? '');
  });
  return brand<WhereClause>(builtWhere, text);
}

/** True only for conditions that `where` made. */
export function isWhereClause(value: unknown): value is WhereClause {
  return typeof value === 'object' && value !== null && builtWhere.has(value);
}
