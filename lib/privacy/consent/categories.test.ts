import { describe, expect, it } from 'vitest';

import {
  applyGpc,
  isOptionalCategory,
  normalizeCategories,
  OPTIONAL_CATEGORIES,
} from './categories';

describe('Global Privacy Control', () => {
  it('refuses statistics and marketing, and keeps preferences and external media', () => {
    expect(applyGpc([...OPTIONAL_CATEGORIES], true)).toEqual(['preferences', 'external-media']);
  });

  it('changes nothing when the signal is off', () => {
    expect(applyGpc([...OPTIONAL_CATEGORIES], false)).toEqual([...OPTIONAL_CATEGORIES]);
  });
});

describe('normalizeCategories', () => {
  it('drops unknown names, necessary and duplicates, in the canonical order', () => {
    expect(
      normalizeCategories(['external-media', 'necessary', 'statistics', 'x', 'statistics', 3]),
    ).toEqual(['statistics', 'external-media']);
  });

  it('knows exactly the optional categories', () => {
    expect(OPTIONAL_CATEGORIES.every(isOptionalCategory)).toBe(true);
    expect(isOptionalCategory('necessary')).toBe(false);
    expect(isOptionalCategory('__proto__')).toBe(false);
  });
});
