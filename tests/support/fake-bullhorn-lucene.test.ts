import { describe, expect, it } from 'vitest';

import { joinLucene, lucene, prefix, term } from '@/lib/ats/query';

import { LuceneSyntaxError, matchesLucene, parseLucene } from './fake-bullhorn-lucene';

// Every reserved character, the operator words, quotes, whitespace and escapes.
const HOSTILE = [
  'plain',
  'AND',
  'OR',
  'NOT',
  'a AND b',
  '") OR (isOpen:0',
  'x:y',
  '\\',
  '\\"',
  'c++ && c# || !java',
  '(){}[]^"~*?:\\/',
  "O'Brien",
  ' leading and trailing ',
  'tab\tand\nnewline',
  'ünïcödé 😀',
];

describe('the fake Bullhorn reads back what lib/ats/query escapes', () => {
  it.each(HOSTILE)('a phrase of %j is one clause with that exact value', (value) => {
    expect(parseLucene(lucene`field:${value}`.text)).toEqual({
      kind: 'match',
      field: 'field',
      value,
      isPhrase: true,
      isPrefix: false,
    });
  });

  it.each(HOSTILE.filter((value) => value !== ''))(
    'a term and a prefix of %j are one clause with that exact value',
    (value) => {
      const expected = { kind: 'match', field: 'f', value, isPhrase: false };
      expect(parseLucene(lucene`f:${term(value)}`.text)).toEqual({ ...expected, isPrefix: false });
      expect(parseLucene(lucene`f:${prefix(value)}`.text)).toEqual({ ...expected, isPrefix: true });
    },
  );

  it('keeps the structure of joined queries', () => {
    const query = joinLucene([lucene`isOpen:1`, lucene`title:${prefix('OR')} OR title:${'x'}`]);
    const tree = parseLucene(query?.text ?? '');
    expect(tree).toMatchObject({ kind: 'and', right: { kind: 'or' } });
    expect(matchesLucene(tree, { isOpen: true, title: 'Oracle DBA' })).toBe(true);
    expect(matchesLucene(tree, { isOpen: false, title: 'Oracle DBA' })).toBe(false);
    expect(matchesLucene(tree, { isOpen: true, title: 'Java' })).toBe(false);
  });

  it.each(['title:java OR', 'title:"open', '(title:a', 'title:a) OR b:c', 'title:c++', 'java'])(
    'refuses the unescaped query %j, as Bullhorn would answer 400',
    (query) => {
      expect(() => parseLucene(query)).toThrow(LuceneSyntaxError);
    },
  );
});
