/**
 * The SOQL that the fake Salesforce understands: enough for the adapter's own queries.
 * `SELECT f, Parent.f, (SELECT … FROM Children …), … | COUNT() FROM T [WHERE c AND …]
 * [ORDER BY f [ASC|DESC], …] [LIMIT n] [OFFSET n]`, where each condition is
 * `Field = | != | LIKE | IN literal`. String literals are read by Salesforce's escape rules,
 * so a query that escapes wrongly fails here as it would there.
 */

export type SoqlLiteral = string | number | boolean | null;

export interface SoqlCondition {
  field: string;
  operator: '=' | '!=' | 'LIKE' | 'IN';
  /** For LIKE, the pattern as a regular expression; for IN, the list. */
  value: SoqlLiteral | RegExp | SoqlLiteral[];
}

export interface ParsedSoql {
  /** Plain fields and parent fields (`Product2.Name`), as written. */
  fields: string[];
  /** Child sub-queries; their `sobject` is the relationship name (e.g. OrderItems). */
  subqueries: ParsedSoql[];
  /** `SELECT COUNT() FROM …`: only totalSize is answered. */
  isCount: boolean;
  sobject: string;
  where: SoqlCondition[];
  orderBy: { field: string; descending: boolean }[];
  limit?: number;
  offset?: number;
}

/** A query the fake cannot read; answered as Salesforce's 400 MALFORMED_QUERY. */
export class MalformedQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedQueryError';
  }
}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'symbol'; text: string }
  | { kind: 'string'; value: string; like: RegExp; usesLikeEscape: boolean };

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
};

function readString(source: string, start: number): { token: Token; end: number } {
  let value = '';
  let like = '';
  let usesLikeEscape = false;
  let index = start + 1;
  while (index < source.length) {
    const character = source[index]!;
    if (character === "'") {
      return {
        token: { kind: 'string', value, like: new RegExp(`^${like}$`, 'isu'), usesLikeEscape },
        end: index + 1,
      };
    }
    if (character === '\\') {
      const next = source[index + 1] ?? '';
      const simple = SIMPLE_ESCAPES[/^[NRTBF]$/.test(next) ? next.toLowerCase() : next];
      if (simple !== undefined) {
        value += simple;
        like += escapeRegExp(simple);
        index += 2;
      } else if (next === '%' || next === '_') {
        value += next;
        like += escapeRegExp(next);
        usesLikeEscape = true;
        index += 2;
      } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(index + 2, index + 6))) {
        const decoded = String.fromCharCode(parseInt(source.slice(index + 2, index + 6), 16));
        value += decoded;
        like += escapeRegExp(decoded);
        index += 6;
      } else {
        throw new MalformedQueryError(`invalid escape sequence at ${index}`);
      }
      continue;
    }
    value += character;
    like += character === '%' ? '.*' : character === '_' ? '.' : escapeRegExp(character);
    index += 1;
  }
  throw new MalformedQueryError('unterminated string literal');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < source.length) {
    const rest = source.slice(index);
    const space = /^\s+/.exec(rest);
    if (space) {
      index += space[0].length;
      continue;
    }
    if (rest.startsWith("'")) {
      const { token, end } = readString(source, index);
      tokens.push(token);
      index = end;
      continue;
    }
    const symbol = /^(!=|=|,|\(|\))/.exec(rest);
    if (symbol) {
      tokens.push({ kind: 'symbol', text: symbol[0] });
      index += symbol[0].length;
      continue;
    }
    const word = /^[A-Za-z0-9_.:+-]+/.exec(rest);
    if (!word) throw new MalformedQueryError(`unexpected character at ${index}`);
    tokens.push({ kind: 'word', text: word[0] });
    index += word[0].length;
  }
  return tokens;
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): ParsedSoql {
    const query = this.query();
    if (this.index < this.tokens.length) throw new MalformedQueryError('unexpected token');
    return query;
  }

  private query(): ParsedSoql {
    this.keyword('SELECT');
    const fields: string[] = [];
    const subqueries: ParsedSoql[] = [];
    let isCount = false;
    do {
      if (this.keywordIs('COUNT')) {
        this.symbol('(');
        this.symbol(')');
        isCount = true;
      } else if (this.symbolIs('(')) {
        subqueries.push(this.query());
        this.symbol(')');
      } else {
        fields.push(this.fieldPath());
      }
    } while (this.symbolIs(','));
    if (isCount && (fields.length > 0 || subqueries.length > 0)) {
      throw new MalformedQueryError('COUNT() must be alone');
    }
    this.keyword('FROM');
    const sobject = this.identifier();
    const where: SoqlCondition[] = [];
    if (this.keywordIs('WHERE')) {
      where.push(this.condition());
      while (this.keywordIs('AND')) where.push(this.condition());
    }
    const orderBy: ParsedSoql['orderBy'] = [];
    if (this.keywordIs('ORDER')) {
      this.keyword('BY');
      do {
        const field = this.fieldPath();
        const descending = this.keywordIs('DESC');
        if (!descending) this.keywordIs('ASC');
        orderBy.push({ field, descending });
      } while (this.symbolIs(','));
    }
    const limit = this.keywordIs('LIMIT') ? this.count() : undefined;
    const offset = this.keywordIs('OFFSET') ? this.count() : undefined;
    return { fields, subqueries, isCount, sobject, where, orderBy, limit, offset };
  }

  private count(): number {
    const text = this.word();
    if (!/^\d+$/.test(text)) throw new MalformedQueryError('expected a whole number');
    return Number(text);
  }

  private fieldPath(): string {
    const text = this.word();
    if (!/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)?$/.test(text)) {
      throw new MalformedQueryError('bad field');
    }
    return text;
  }

  private condition(): SoqlCondition {
    const field = this.fieldPath();
    if (this.symbolIs('=')) return { field, operator: '=', value: this.literal() };
    if (this.symbolIs('!=')) return { field, operator: '!=', value: this.literal() };
    if (this.keywordIs('LIKE')) {
      const token = this.tokens[this.index++];
      if (token?.kind !== 'string') throw new MalformedQueryError('LIKE needs a string');
      return { field, operator: 'LIKE', value: token.like };
    }
    if (this.keywordIs('IN')) {
      this.symbol('(');
      const list = [this.literal()];
      while (this.symbolIs(',')) list.push(this.literal());
      this.symbol(')');
      return { field, operator: 'IN', value: list };
    }
    throw new MalformedQueryError('unsupported operator');
  }

  private literal(): SoqlLiteral {
    const token = this.tokens[this.index++];
    if (!token) throw new MalformedQueryError('missing value');
    if (token.kind === 'string') {
      if (token.usesLikeEscape) throw new MalformedQueryError('\\% and \\_ only in LIKE');
      return token.value;
    }
    if (token.kind !== 'word') throw new MalformedQueryError('missing value');
    const upper = token.text.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return upper === 'TRUE';
    if (upper === 'NULL') return null;
    if (/^-?\d+(\.\d+)?$/.test(token.text)) return Number(token.text);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(token.text)) return token.text;
    throw new MalformedQueryError('unsupported literal');
  }

  private identifier(): string {
    const text = this.word();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(text)) throw new MalformedQueryError('bad identifier');
    return text;
  }

  private word(): string {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'word') throw new MalformedQueryError('expected a word');
    return token.text;
  }

  private keyword(text: string): void {
    if (!this.keywordIs(text)) throw new MalformedQueryError(`expected ${text}`);
  }

  private keywordIs(text: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind !== 'word' || token.text.toUpperCase() !== text) return false;
    this.index += 1;
    return true;
  }

  private symbol(text: string): void {
    if (!this.symbolIs(text)) throw new MalformedQueryError(`expected ${text}`);
  }

  private symbolIs(text: string): boolean {
    const token = this.tokens[this.index];
    if (token?.kind !== 'symbol' || token.text !== text) return false;
    this.index += 1;
    return true;
  }
}

/** Parses the supported subset, or throws MalformedQueryError. */
export function parseSoql(source: string): ParsedSoql {
  return new Parser(tokenize(source)).parse();
}

function equalsLiteral(actual: unknown, expected: SoqlLiteral): boolean {
  if (expected === null) return actual === null || actual === undefined;
  // Salesforce compares text case-insensitively.
  if (typeof expected === 'string' && typeof actual === 'string') {
    return actual.toLowerCase() === expected.toLowerCase();
  }
  return actual === expected;
}

/**
 * Whether a record satisfies every condition: the record (field name to value), or a
 * function reading a field (or a parent field) as the org computes it.
 */
export function matchesWhere(
  record: Record<string, unknown> | ((field: string) => unknown),
  where: SoqlCondition[],
): boolean {
  const valueOf = typeof record === 'function' ? record : (field: string) => record[field];
  return where.every(({ field, operator, value }) => {
    const actual = valueOf(field);
    if (operator === 'LIKE') return typeof actual === 'string' && (value as RegExp).test(actual);
    if (operator === 'IN') return (value as SoqlLiteral[]).some((v) => equalsLiteral(actual, v));
    const isEqual = equalsLiteral(actual, value as SoqlLiteral);
    return operator === '=' ? isEqual : !isEqual;
  });
}
