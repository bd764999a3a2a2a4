import { describe, expect, it } from 'vitest';

import { phpSerialize } from './php-serialize';

describe('phpSerialize', () => {
  it('writes strings with their UTF-8 byte length', () => {
    expect(phpSerialize('é')).toBe('s:2:"é";');
  });

  it('writes JSON objects as arrays with integer-like keys as ints', () => {
    expect(phpSerialize({ a: 1, 0: true, b: null })).toBe('a:3:{i:0;b:1;s:1:"a";i:1;s:1:"b";N;}');
  });

  it('writes lists, whole numbers as ints and fractions as doubles', () => {
    expect(phpSerialize([1, 0.5])).toBe('a:2:{i:0;i:1;i:1;d:0.5;}');
  });

  it('writes very small doubles in PHP’s E notation', () => {
    expect(phpSerialize(0.00001)).toBe('d:1.0E-5;');
  });
});
