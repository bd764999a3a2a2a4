import { describe, expect, it } from 'vitest';

import { phpUnserialize } from './php-unserialize';

describe('phpUnserialize', () => {
  it('reads attachment metadata with nested sizes', () => {
    const serialized =
      'a:3:{s:5:"width";i:1200;s:6:"height";d:800.5;s:5:"sizes";a:1:{s:9:"thumbnail";a:2:{s:4:"file";s:9:"a-150.jpg";s:5:"width";i:150;}}}';
    expect(phpUnserialize(serialized)).toEqual({
      width: 1200,
      height: 800.5,
      sizes: { thumbnail: { file: 'a-150.jpg', width: 150 } },
    });
  });

  it('counts string lengths in UTF-8 bytes, as PHP does', () => {
    expect(phpUnserialize('s:5:"επ-";')).toBe('επ-');
  });

  it('reads booleans, null and integer keys', () => {
    expect(phpUnserialize('a:3:{i:0;b:1;i:1;N;i:2;s:0:"";}')).toEqual({ 0: true, 1: null, 2: '' });
  });

  it('reads objects as their properties', () => {
    expect(phpUnserialize('O:8:"stdClass":1:{s:1:"a";i:1;}')).toEqual({ a: 1 });
  });

  it('answers undefined for malformed or trailing input', () => {
    expect(phpUnserialize('a:2:{i:0;i:1;}')).toBeUndefined();
    expect(phpUnserialize('s:9:"short";')).toBeUndefined();
    expect(phpUnserialize('i:1;garbage')).toBeUndefined();
  });
});
