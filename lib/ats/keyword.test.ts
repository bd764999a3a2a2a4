import { describe, expect, it } from 'vitest';

import { MAX_KEYWORD_TERMS, toKeywordTerms, toSearchText } from './keyword';

describe('toKeywordTerms', () => {
  it('splits on everything but letters and digits, lowercased and de-duplicated', () => {
    expect(toKeywordTerms('  C++ / Node.js "Java" java* (OR) ')).toEqual([
      'c',
      'node',
      'js',
      'java',
      'or',
    ]);
    expect(toKeywordTerms('Müller Ärztin 3D')).toEqual(['müller', 'ärztin', '3d']);
  });

  it('answers no terms for nothing, blanks or punctuation only', () => {
    expect(toKeywordTerms(undefined)).toEqual([]);
    expect(toKeywordTerms('   ')).toEqual([]);
    expect(toKeywordTerms('*?"\\()')).toEqual([]);
  });

  it(`keeps at most ${MAX_KEYWORD_TERMS} terms`, () => {
    const words = Array.from({ length: 20 }, (_, index) => `w${index}`);
    expect(toKeywordTerms(words.join(' '))).toEqual(words.slice(0, MAX_KEYWORD_TERMS));
  });
});

describe('toSearchText', () => {
  it('keeps the words of the title and the text of the description, not its markup', () => {
    expect(
      toSearchText('Senior Java Dev', '<p class="x">Spring &amp; <strong>REST</strong></p>'),
    ).toBe('senior java dev spring rest');
  });
});
