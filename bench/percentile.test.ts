import { describe, expect, it } from 'vitest';

import { percentile } from './percentile';

describe('percentile', () => {
  it('picks the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
  });

  it('answers the only value for any percentile of one value', () => {
    expect(percentile([7], 1)).toBe(7);
    expect(percentile([7], 99)).toBe(7);
  });

  it('answers NaN for no values', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
