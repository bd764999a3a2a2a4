import { describe, expect, it } from 'vitest';

import { isGpcHeaderOn, isSameOriginRequest } from './request-signals';

describe('isGpcHeaderOn', () => {
  it.each([
    ['1', true],
    [' 1 ', true],
    ['0', false],
    ['true', false],
    ['', false],
    [null, false],
  ])('reads Sec-GPC: %s as %s', (value, expected) => {
    expect(isGpcHeaderOn(value)).toBe(expected);
  });
});

describe('isSameOriginRequest', () => {
  const host = 'site.test:3000';

  it('accepts a POST from the site itself', () => {
    const headers = new Headers({
      'sec-fetch-site': 'same-origin',
      origin: 'http://site.test:3000',
    });
    expect(isSameOriginRequest(headers, host)).toBe(true);
  });

  it('refuses a form posted from another site', () => {
    expect(isSameOriginRequest(new Headers({ 'sec-fetch-site': 'cross-site' }), host)).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: 'https://evil.example' }), host)).toBe(false);
    expect(isSameOriginRequest(new Headers({ origin: 'null' }), host)).toBe(false);
  });

  it('accepts a client that sends neither header (not a browser, so no forged visitor)', () => {
    expect(isSameOriginRequest(new Headers(), host)).toBe(true);
  });
});
