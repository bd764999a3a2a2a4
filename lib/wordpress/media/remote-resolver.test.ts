import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { createMediaResolver, probeMedia } from '.';
import { startLocalMediaServer } from './local-media-server';
import type { LocalMediaServer } from './local-media-server';

const WP = 'https://cms.example.com';

function remote(
  probe: (url: string) => Promise<boolean>,
  extra: { now?: () => number; maxEntries?: number } = {},
) {
  return createMediaResolver({
    mode: 'remote',
    allowedOrigins: [WP, 'https://files.example'],
    probe,
    ...extra,
  });
}

describe('createMediaResolver in remote mode', () => {
  it('resolves reachable media on an allowed origin to the proxy route, query kept', async () => {
    const probe = vi.fn(async () => true);
    expect(await remote(probe)(`${WP}/wp-content/uploads/a.jpg?w=300`)).toBe(
      '/wp-media/cms.example.com/wp-content/uploads/a.jpg?w=300',
    );
    expect(probe).toHaveBeenCalledWith(`${WP}/wp-content/uploads/a.jpg?w=300`);
  });

  it('answers null when the probe finds the media unreachable', async () => {
    expect(await remote(async () => false)(`${WP}/wp-content/uploads/a.jpg`)).toBeNull();
  });

  it('answers null for other hosts and non-http URLs without probing', async () => {
    const probe = vi.fn(async () => true);
    const resolve = remote(probe);
    expect(await resolve('https://evil.example/a.jpg')).toBeNull();
    expect(await resolve('data:image/png;base64,AAAA')).toBeNull();
    expect(probe).not.toHaveBeenCalled();
  });

  it('resolves a relative URL against the first allowed origin', async () => {
    expect(await remote(async () => true)('/wp-content/uploads/a.jpg')).toBe(
      '/wp-media/cms.example.com/wp-content/uploads/a.jpg',
    );
  });

  it('probes an http link to an https-only origin over https', async () => {
    const probe = vi.fn(async () => true);
    await remote(probe)('http://cms.example.com/wp-content/uploads/a.jpg');
    expect(probe).toHaveBeenCalledWith(`${WP}/wp-content/uploads/a.jpg`);
  });

  it('caches positive and negative answers for ten minutes', async () => {
    let now = 0;
    const probe = vi.fn(async (url: string) => url.endsWith('yes.jpg'));
    const resolve = remote(probe, { now: () => now });
    await resolve(`${WP}/yes.jpg`);
    await resolve(`${WP}/no.jpg`);
    now = 9 * 60_000;
    expect(await resolve(`${WP}/yes.jpg`)).not.toBeNull();
    expect(await resolve(`${WP}/no.jpg`)).toBeNull();
    expect(probe).toHaveBeenCalledTimes(2);
    now = 10 * 60_000 + 1;
    await resolve(`${WP}/yes.jpg`);
    expect(probe).toHaveBeenCalledTimes(3);
  });

  it('keeps a bounded number of answers, forgetting the oldest', async () => {
    const probe = vi.fn(async () => true);
    const resolve = remote(probe, { maxEntries: 2 });
    for (const name of ['a', 'b', 'c', 'a']) await resolve(`${WP}/${name}.jpg`);
    expect(probe).toHaveBeenCalledTimes(4);
  });

  it('probes once for simultaneous requests of the same URL', async () => {
    const probe = vi.fn(async () => true);
    const resolve = remote(probe);
    await Promise.all([resolve(`${WP}/a.jpg`), resolve(`${WP}/a.jpg`), resolve(`${WP}/a.jpg`)]);
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('answers null when the probe throws', async () => {
    expect(await remote(async () => Promise.reject(new Error('boom')))(`${WP}/a.jpg`)).toBeNull();
  });
});

describe('createMediaResolver in remote mode against a local origin', () => {
  let server: LocalMediaServer;
  beforeAll(async () => {
    server = await startLocalMediaServer();
  });
  afterAll(() => server.close());

  it('resolves a served image and refuses an HTML page', async () => {
    const resolve = createMediaResolver({
      mode: 'remote',
      allowedOrigins: [server.origin],
      probe: (url) => probeMedia(url, fetch, 1000),
    });
    expect(await resolve(`${server.origin}/wp-content/uploads/tiny.png`)).toBe(
      `/wp-media/${server.host}/wp-content/uploads/tiny.png`,
    );
    expect(await resolve(`${server.origin}/page.html`)).toBeNull();
  });
});
