import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startLocalMediaServer, TINY_PNG } from './local-media-server';
import type { LocalMediaServer } from './local-media-server';
import { cacheControl, fetchMedia, probeMedia } from './proxy';

let server: LocalMediaServer;
let allowedOrigins: string[];

beforeAll(async () => {
  server = await startLocalMediaServer();
  allowedOrigins = [server.origin];
});
afterAll(() => server.close());

function get(
  path: string,
  search = '',
  extra: { timeoutMs?: number; requestHeaders?: Headers } = {},
) {
  return fetchMedia([server.host, ...path.split('/').filter(Boolean)], search, {
    allowedOrigins,
    ...extra,
  });
}

describe('fetchMedia', () => {
  it('relays an image with its validators, a capped cache lifetime and safety headers', async () => {
    const response = await get('/wp-content/uploads/tiny.png', '?w=300');
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(TINY_PNG);
    expect(Object.fromEntries(response.headers)).toEqual({
      'cache-control': 'public, max-age=60',
      'content-length': String(TINY_PNG.length),
      'content-security-policy': "default-src 'none'; sandbox",
      'content-type': 'image/png',
      etag: '"tiny-1"',
      'last-modified': 'Wed, 01 May 2024 10:00:00 GMT',
      'x-content-type-options': 'nosniff',
    });
  });

  it('passes If-None-Match on and relays 304 without a body', async () => {
    const requestHeaders = new Headers({ 'If-None-Match': '"tiny-1"', Cookie: 'session=secret' });
    const response = await get('/wp-content/uploads/tiny.png', '', { requestHeaders });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe('"tiny-1"');
    expect(await response.text()).toBe('');
    const upstream = server.requests.at(-1);
    expect(upstream?.headers['if-none-match']).toBe('"tiny-1"');
    expect(upstream?.headers.cookie).toBeUndefined();
  });

  it('refuses an HTML page with 415', async () => {
    const response = await get('/page.html');
    expect(response.status).toBe(415);
    expect(await response.text()).toBe('Not a media file');
  });

  it('refuses SVG with 415', async () => {
    expect((await get('/image.svg')).status).toBe(415);
  });

  it('answers 502 when the upstream is slower than the timeout', async () => {
    const started = Date.now();
    const response = await get('/slow.png', '', { timeoutMs: 200 });
    expect(response.status).toBe(502);
    expect(await response.text()).toBe('Media unavailable');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('answers 502 when the upstream drops the connection', async () => {
    expect((await get('/drop.png')).status).toBe(502);
  });

  it('answers 502 for an upstream server error and 404 for a missing file', async () => {
    expect((await get('/error.png')).status).toBe(502);
    expect((await get('/wp-content/uploads/none.png')).status).toBe(404);
  });

  it('follows a redirect that stays on the allowed origin', async () => {
    expect((await get('/redirect-inside')).status).toBe(200);
  });

  it('refuses a redirect to another host without fetching it', async () => {
    const other = await startLocalMediaServer();
    try {
      const target = `${other.origin}/wp-content/uploads/tiny.png`;
      const response = await get('/redirect-outside', `?to=${encodeURIComponent(target)}`);
      expect(response.status).toBe(502);
      expect(other.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('refuses hosts off the allowlist with 404, without any request', async () => {
    const before = server.requests.length;
    const response = await fetchMedia(['evil.example', 'a.png'], '', { allowedOrigins });
    expect(response.status).toBe(404);
    expect(server.requests.length).toBe(before);
  });

  it.each([
    ['a dot-dot segment', ['wp-content', '..', '..', 'etc', 'passwd']],
    ['a dot segment', ['.', 'a.png']],
    ['an encoded slash left in a segment', ['wp-content%2F..', 'a.png'].map(decodeURIComponent)],
    ['a backslash', ['..\\secret.png']],
    ['an empty segment', ['', 'a.png']],
    ['no path at all', []],
  ])('refuses %s with 404', async (_name, path) => {
    const response = await fetchMedia([server.host, ...path], '', { allowedOrigins });
    expect(response.status).toBe(404);
  });

  it('refuses a non-http allowed origin and a malformed query', async () => {
    const ftp = await fetchMedia(['files.example', 'a.png'], '', {
      allowedOrigins: ['ftp://files.example'],
    });
    expect(ftp.status).toBe(404);
    expect((await get('/wp-content/uploads/tiny.png', 'w=1')).status).toBe(404);
  });

  it('encodes path segments so they cannot change the upstream path', async () => {
    await get('/wp-content/uploads/a b?c.png');
    expect(server.requests.at(-1)?.path).toBe('/wp-content/uploads/a%20b%3Fc.png');
  });
});

describe('probeMedia', () => {
  it('finds an image reachable with HEAD', async () => {
    expect(await probeMedia(`${server.origin}/wp-content/uploads/tiny.png`)).toBe(true);
    expect(server.requests.at(-1)?.method).toBe('HEAD');
  });

  it('falls back to a one-byte ranged GET when HEAD is refused', async () => {
    expect(await probeMedia(`${server.origin}/no-head.png`)).toBe(true);
    expect(server.requests.at(-1)?.headers.range).toBe('bytes=0-0');
  });

  it.each([
    ['an HTML page', '/page.html'],
    ['a missing file', '/missing.png'],
    ['a dropped connection', '/drop.png'],
    ['a redirect off the origin', '/redirect-outside'],
  ])('says no for %s', async (_name, path) => {
    expect(await probeMedia(`${server.origin}${path}`)).toBe(false);
  });

  it('says no when the answer is slower than the timeout', async () => {
    expect(await probeMedia(`${server.origin}/slow.png`, fetch, 200)).toBe(false);
  });

  it('says no for a URL that does not parse', async () => {
    expect(await probeMedia('not a url')).toBe(false);
  });
});

describe('cacheControl', () => {
  it.each([
    [null, 'public, max-age=86400'],
    ['max-age=31536000', 'public, max-age=86400'],
    ['public, max-age=600', 'public, max-age=600'],
    ['private, max-age=60', 'private, max-age=60'],
    ['no-cache', 'public, max-age=0'],
    ['no-store', 'no-store'],
  ])('turns upstream %s into %s', (upstream, expected) => {
    expect(cacheControl(upstream)).toBe(expected);
  });
});
