import { describe, expect, it } from 'vitest';

import { isCrossOriginPost } from '@/lib/security/cross-origin-post';

const post = (headers: Record<string, string>) => isCrossOriginPost('POST', new Headers(headers));

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

  it("accepts the visitor's host forwarded by Next or a proxy in front", () => {
    const headers = {
      host: 'localhost:3000',
      'x-forwarded-host': 'www.example.com',
      origin: 'https://www.example.com',
    };
    expect(post(headers)).toBe(false);
    expect(post({ ...headers, origin: 'https://evil.example' })).toBe(true);
  });

  it('leaves other methods alone', () => {
    const headers = new Headers({ host: 'www.example.com', origin: 'https://evil.example' });
    expect(isCrossOriginPost('GET', headers)).toBe(false);
  });
});
