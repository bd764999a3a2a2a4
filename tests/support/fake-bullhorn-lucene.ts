/**
 * The fake Bullhorn's reader of Lucene's classic query syntax, the subset the adapter emits:
 * `field:term`, `field:prefix*`, `field:"phrase"`, AND, OR, NOT and parentheses, with
 * backslash escapes. Anything else is a syntax error (Bullhorn answers 400), so an unescaped
 * value that slipped through shows up in tests.
 */
import { toSearchWords } from '@/lib/ats/keyword';

export type LuceneNode =
  | { kind: 'and' | 'or'; left: LuceneNode; right: LuceneNode }
  | { kind: 'not'; operand: LuceneNode }
  | { kind: 'match'; field: string; value: string; isPhrase: boolean; isPrefix: boolean };

export class LuceneSyntaxError extends Error {}

type Token =
  | { type: '(' | ')' | 'AND' | 'OR' | 'NOT' }
  | { type: 'clause'; field: string; value: string; isPhrase: boolean; isPrefix: boolean };

const SPECIAL = '+-&|!(){}[]^"~*?:\\/';

function readPhrase(text: string, from: number): { value: string; end: number } {
  let value = '';
  for (let i = from; i < text.length; i += 1) {
    const character = text[i];
    if (character === '\\') {
      i += 1;
      if (i >= text.length) break;
      value += text[i];
    } else if (character === '"') {
      return { value, end: i + 1 };
    } else {
      value += character;
    }
  }
  throw new LuceneSyntaxError('unterminated phrase');
}

function readTerm(text: string, from: number): { value: string; isPrefix: boolean; end: number } {
  let value = '';
  let i = from;
  for (; i < text.length; i += 1) {
    const character = text[i] ?? '';
    if (character === '\\') {
      i += 1;
      if (i >= text.length) throw new LuceneSyntaxError('dangling escape');
      value += text[i];
    } else if (/\s/.test(character) || character === ')') {
      break;
    } else if (character === '*' && (i + 1 === text.length || /[\s)]/.test(text[i + 1] ?? ''))) {
      return { value, isPrefix: true, end: i + 1 };
    } else if (SPECIAL.includes(character)) {
      throw new LuceneSyntaxError(`unexpected ${character}`);
    } else {
      value += character;
    }
  }
  if (value === '') throw new LuceneSyntaxError('empty term');
  return { value, isPrefix: false, end: i };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    const operator = /^(AND|OR|NOT)(?=[\s(]|$)/.exec(rest);
    const field = /^([A-Za-z_][A-Za-z0-9_.]*):/.exec(rest);
    if (space) {
      i += space[0].length;
    } else if (rest[0] === '(' || rest[0] === ')') {
      tokens.push({ type: rest[0] });
      i += 1;
    } else if (operator) {
      tokens.push({ type: operator[1] as 'AND' | 'OR' | 'NOT' });
      i += operator[0].length;
    } else if (field) {
      const start = i + field[0].length;
      if (text[start] === '"') {
        const phrase = readPhrase(text, start + 1);
        tokens.push({
          type: 'clause',
          field: field[1] ?? '',
          value: phrase.value,
          isPhrase: true,
          isPrefix: false,
        });
        i = phrase.end;
      } else {
        const term = readTerm(text, start);
        tokens.push({
          type: 'clause',
          field: field[1] ?? '',
          value: term.value,
          isPhrase: false,
          isPrefix: term.isPrefix,
        });
        i = term.end;
      }
    } else {
      throw new LuceneSyntaxError(`expected field:value at ${i}`);
    }
  }
  return tokens;
}

/** Parses a query into a tree; throws LuceneSyntaxError. */
export function parseLucene(text: string): LuceneNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = () => tokens[position];

  function primary(): LuceneNode {
    const token = tokens[position++];
    if (!token) throw new LuceneSyntaxError('unexpected end');
    if (token.type === 'NOT') return { kind: 'not', operand: primary() };
    if (token.type === '(') {
      const inner = orExpression();
      if (tokens[position++]?.type !== ')') throw new LuceneSyntaxError('missing )');
      return inner;
    }
    if (token.type === 'clause') {
      return {
        kind: 'match',
        field: token.field,
        value: token.value,
        isPhrase: token.isPhrase,
        isPrefix: token.isPrefix,
      };
    }
    throw new LuceneSyntaxError(`unexpected ${token.type}`);
  }

  function andExpression(): LuceneNode {
    let node = primary();
    while (peek()?.type === 'AND') {
      position += 1;
      node = { kind: 'and', left: node, right: primary() };
    }
    return node;
  }

  function orExpression(): LuceneNode {
    let node = andExpression();
    while (peek()?.type === 'OR') {
      position += 1;
      node = { kind: 'or', left: node, right: andExpression() };
    }
    return node;
  }

  const tree = orExpression();
  if (position !== tokens.length) throw new LuceneSyntaxError('trailing tokens');
  return tree;
}

/** Reads a dotted path (`address.city`) from a record. */
export function readPath(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) {
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

function matchValue(actual: unknown, node: Extract<LuceneNode, { kind: 'match' }>): boolean {
  if (typeof actual === 'boolean') return (node.value === '1' || node.value === 'true') === actual;
  if (typeof actual === 'number') return Number(node.value) === actual;
  if (typeof actual !== 'string') return false;
  if (node.isPhrase) return actual.toLowerCase() === node.value.toLowerCase();
  // An analysed text field: its words, tags stripped, as a search index would hold them.
  const words = toSearchWords(actual.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' '));
  const wanted = node.value.toLowerCase();
  return words.some((word) => (node.isPrefix ? word.startsWith(wanted) : word === wanted));
}

/** Whether `record` matches the parsed query. */
export function matchesLucene(node: LuceneNode, record: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and':
      return matchesLucene(node.left, record) && matchesLucene(node.right, record);
    case 'or':
      return matchesLucene(node.left, record) || matchesLucene(node.right, record);
    case 'not':
      return !matchesLucene(node.operand, record);
    case 'match':
      return matchValue(readPath(record, node.field), node);
  }
}
