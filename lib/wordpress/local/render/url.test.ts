import { describe, expect, it } from 'vitest';

import { escUrl } from './url';

describe('escUrl', () => {
  it('encodes ampersands for display', () => {
    expect(escUrl('https://x.test/?a=1&b=2')).toBe('https://x.test/?a=1&#038;b=2');
  });

  it('drops a javascript: URL', () => {
    expect(escUrl('javascript:alert(1)')).toBe('');
  });

  it('adds http:// to a bare host', () => {
    expect(escUrl('example.com/a')).toBe('http://example.com/a');
  });
});
