import { describe, expect, it } from 'vitest';

import { makeStaticBody, nextBodyChars } from './static-body';

describe('makeStaticBody', () => {
  it('is exactly as long as asked and the same every time', () => {
    expect(makeStaticBody(5000)).toHaveLength(5000);
    expect(makeStaticBody(5000)).toBe(makeStaticBody(5000));
  });

  it('splits the text into several paragraphs', () => {
    const paragraphs = makeStaticBody(5000).split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(5);
    expect(paragraphs.every((text) => text.trim().length > 0)).toBe(true);
  });
});

describe('nextBodyChars', () => {
  it('assumes two bytes of HTML per body character from one sample', () => {
    expect(nextBodyChars([{ bodyChars: 1000, pageBytes: 12_000 }], 14_000)).toBe(2000);
  });

  it('follows the line through the last two samples', () => {
    const samples = [
      { bodyChars: 1000, pageBytes: 11_000 },
      { bodyChars: 2000, pageBytes: 13_500 },
    ];
    expect(nextBodyChars(samples, 16_000)).toBe(3000);
  });

  it('never answers a negative length', () => {
    expect(nextBodyChars([{ bodyChars: 100, pageBytes: 20_000 }], 1000)).toBe(0);
  });
});
