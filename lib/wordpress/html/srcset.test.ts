import { describe, expect, it } from 'vitest';

import { parseSrcset, stringifySrcset } from './srcset';

describe('parseSrcset', () => {
  it('reads WordPress’s width-described candidates', () => {
    expect(
      parseSrcset('https://a.example/a.jpg 1024w, https://a.example/a-300x225.jpg 300w'),
    ).toEqual([
      { url: 'https://a.example/a.jpg', descriptor: '1024w' },
      { url: 'https://a.example/a-300x225.jpg', descriptor: '300w' },
    ]);
  });

  it('keeps a comma inside a URL and reads a candidate without descriptor', () => {
    expect(parseSrcset('/a.jpg?crop=1,2 2x,/b.jpg')).toEqual([
      { url: '/a.jpg?crop=1,2', descriptor: '2x' },
      { url: '/b.jpg', descriptor: '' },
    ]);
  });

  it('ends a candidate at trailing commas of its URL', () => {
    expect(parseSrcset('/a.jpg,, /b.jpg 1x')).toEqual([
      { url: '/a.jpg', descriptor: '' },
      { url: '/b.jpg', descriptor: '1x' },
    ]);
  });

  it('returns nothing for an empty value', () => {
    expect(parseSrcset(' , ')).toEqual([]);
  });
});

describe('stringifySrcset', () => {
  it('writes candidates back separated by commas', () => {
    expect(
      stringifySrcset([
        { url: '/a.jpg', descriptor: '2x' },
        { url: '/b.jpg', descriptor: '' },
      ]),
    ).toBe('/a.jpg 2x, /b.jpg');
  });
});
