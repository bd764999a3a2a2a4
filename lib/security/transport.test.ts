import { describe, expect, it } from 'vitest';

import { getVisitorScheme, toHttpsUrl } from './transport';

const plain = new URL('http://127.0.0.1:3000/about/?x=1');

describe('getVisitorScheme', () => {
  it('believes X-Forwarded-Proto only when the proxy is trusted', () => {
    const headers = new Headers({ 'x-forwarded-proto': 'http' });
    expect(getVisitorScheme(headers, plain, true)).toBe('http');
    expect(getVisitorScheme(headers, plain, false)).toBeUndefined();
  });

  it('takes the first of a chain of proxies, the one the visitor reached', () => {
    const headers = new Headers({ 'x-forwarded-proto': 'https, http' });
    expect(getVisitorScheme(headers, plain, true)).toBe('https');
  });

  it('ignores values that are not a scheme', () => {
    const headers = new Headers({ 'x-forwarded-proto': 'gopher' });
    expect(getVisitorScheme(headers, plain, true)).toBeUndefined();
  });

  it('knows a TLS connection to the server itself', () => {
    expect(getVisitorScheme(new Headers(), new URL('https://127.0.0.1/'), false)).toBe('https');
  });
});

describe('toHttpsUrl', () => {
  it("keeps path and query on the site's own origin, whatever Host the client sent", () => {
    const request = new URL('http://evil.test/about/?x=1');
    expect(toHttpsUrl('https://www.example.com', request)).toBe(
      'https://www.example.com/about/?x=1',
    );
  });
});
