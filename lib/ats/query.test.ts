import { describe, expect, it } from 'vitest';

import {
  escapeLucenePhrase,
  escapeLuceneTerm,
  escapeWhereString,
  isLuceneQuery,
  isWhereClause,
  joinLucene,
  lucene,
  prefix,
  term,
  where,
  type LuceneValue,
  type WhereValue,
} from './query';

describe('escapeLuceneTerm', () => {
  it.each([
    ['java', 'java'],
    ['c++', 'c\\+\\+'],
    ['a-b', 'a\\-b'],
    ['x && y || !z', 'x\\ \\&\\&\\ y\\ \\|\\|\\ \\!z'],
    ['(){}[]', '\\(\\)\\{\\}\\[\\]'],
    ['^"~*?:', '\\^\\"\\~\\*\\?\\:'],
    ['back\\slash/slash', 'back\\\\slash\\/slash'],
    ['tab\there\nnew', 'tab\\\there\\\nnew'],
  ])('escapes %j as %j', (value, expected) => {
    expect(escapeLuceneTerm(value)).toBe(expected);
  });

  it.each(['AND', 'OR', 'NOT'])('escapes the operator word %s so it is a term', (word) => {
    expect(escapeLuceneTerm(word)).toBe(`\\${word}`);
  });

  it('leaves operator words inside other words and in lower case alone', () => {
    expect(escapeLuceneTerm('ORACLE')).toBe('ORACLE');
    expect(escapeLuceneTerm('or')).toBe('or');
  });

  it('replaces lone surrogates, which cannot be URL-encoded', () => {
    expect(escapeLuceneTerm('a\ud800b')).toBe('a\ufffdb');
    expect(escapeLuceneTerm('😀')).toBe('😀');
    expect(() => encodeURIComponent(escapeLuceneTerm('\udc00'))).not.toThrow();
  });
});

describe('escapeLucenePhrase', () => {
  it('escapes only the quote and the backslash inside a phrase', () => {
    expect(escapeLucenePhrase('say "hi" \\ (now) OR *')).toBe('say \\"hi\\" \\\\ (now) OR *');
  });
});

describe('escapeWhereString', () => {
  it('doubles single quotes', () => {
    expect(escapeWhereString("O'Brien'' ")).toBe("O''Brien'''' ");
  });
});

describe('lucene', () => {
  it('quotes string values as phrases and passes numbers', () => {
    const city = 'Winston-Salem") OR (isOpen:0';
    expect(
      lucene`(isOpen:1) AND (address.city:${city}) AND (publishedCategory.id:${12})`.text,
    ).toBe(
      '(isOpen:1) AND (address.city:"Winston-Salem\\") OR (isOpen:0") AND (publishedCategory.id:12)',
    );
  });

  it('puts terms and prefixes in unquoted, escaped', () => {
    expect(lucene`title:${prefix('OR')} OR title:${term('a b')}`.text).toBe(
      'title:\\OR* OR title:a\\ b',
    );
  });

  it('nests queries it made', () => {
    const inner = lucene`title:${prefix('java')}`;
    expect(lucene`(isOpen:1) AND (${inner})`.text).toBe('(isOpen:1) AND (title:java*)');
  });

  it('refuses plain objects posing as queries, non-finite numbers and where clauses', () => {
    const forged = { text: 'isOpen:0' } as unknown as LuceneValue;
    expect(() => lucene`${forged}`).toThrow(TypeError);
    expect(() => lucene`${Number.NaN}`).toThrow(TypeError);
    expect(() => lucene`${where`id=${1}` as unknown as LuceneValue}`).toThrow(TypeError);
  });

  it('refuses empty terms, which would leave a dangling field', () => {
    expect(() => term('')).toThrow(TypeError);
    expect(() => prefix('')).toThrow(TypeError);
  });
});

describe('joinLucene', () => {
  it('joins fragments in parentheses, or answers null for none', () => {
    const joined = joinLucene([lucene`a:1`, lucene`b:${'x y'}`], 'OR');
    expect(joined?.text).toBe('(a:1) OR (b:"x y")');
    expect(isLuceneQuery(joined)).toBe(true);
    expect(joinLucene([])).toBeNull();
  });

  it('refuses fragments it did not make', () => {
    expect(() => joinLucene([{ text: 'x' } as never])).toThrow(TypeError);
  });
});

describe('where', () => {
  it('quotes strings, passes numbers and builds IN lists', () => {
    expect(where`id=${4123}`.text).toBe('id=4123');
    expect(where`address.city=${"Martha's Vineyard"}`.text).toBe(
      "address.city='Martha''s Vineyard'",
    );
    expect(where`id IN ${[1, 2, 3]}`.text).toBe('id IN (1,2,3)');
    expect(isWhereClause(where`id=${1}`)).toBe(true);
    expect(isWhereClause(lucene`id:1`)).toBe(false);
  });

  it('refuses empty lists, infinities and forged values', () => {
    expect(() => where`id IN ${[]}`).toThrow(TypeError);
    expect(() => where`id=${Number.POSITIVE_INFINITY}`).toThrow(TypeError);
    expect(() => where`id=${{ text: '1 OR 1=1' } as unknown as WhereValue}`).toThrow(TypeError);
  });
});
