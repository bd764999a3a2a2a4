import { describe, expect, it } from 'vitest';

import { isCrossOriginPost } from '@/lib/security/cross-origin-post';

const post = (headers: Record<string, string>, trustProxy = false) =>
  isCrossOriginPost('POST', new Headers(headers), trustProxy);

describe('isCrossOriginPost', () => {
  it('lets a post from our own pages through', () => {
    expect(post({ host: 'www.example.com', origin: 'https://www.example.com' })).toBe(false);
    expect(post({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' })).toBe(false);
  });

  it('lets posts without an Origin through: webhooks and mail clients are not browsers', () => {
    expect(post({ host: 'www.example.com' })).toBe(false);
  });

  it('stops a post from another site, an opaque origin and a malformed one', () => {
    expect(post({ host: 'www.example.com', origin: 'https://evil.example' })).toBe(true);
    expect(post({ host: 'www.example.com', origin: 'https://www.example.com:8443' })).toBe(true);
    expect(post({ host: 'www.example.com', origin: 'null' })).toBe(true);
    expect(post({ host: 'www.example.com', origin: 'not a url' })).toBe(true);
  });

  it('compares with the forwarded host only behind a trusted proxy', () => {
    const headers = {
      host: '10.0.0.5:3000',
      'x-forwarded-host': 'www.example.com',
      origin: 'https://www.example.com',
    };
    expect(post(headers, true)).toBe(false);
    expect(post(headers, false)).toBe(true);
  });

  it('leaves other methods alone', () => {
    const headers = new Headers({ host: 'www.example.com', origin: 'https://evil.example' });
    expect(isCrossOriginPost('GET', headers, false)).toBe(false);
  });
});
