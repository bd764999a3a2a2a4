import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createRawStaticServer, pageHeaders, type RawPage } from './raw-static-server';

describe('pageHeaders', () => {
  it('drops per-connection headers and sets the body length', () => {
    const body = Buffer.from('<p>hello</p>');
    const headers = pageHeaders(
      {
        'content-type': 'text/html; charset=utf-8',
        'content-encoding': 'gzip',
        connection: 'keep-alive',
        date: 'Fri, 04 Dec 2026 16:15:41 GMT',
        'x-nextjs-cache': 'HIT',
      },
      body,
    );
    expect(headers).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'x-nextjs-cache': 'HIT',
      'content-length': String(body.length),
    });
  });
});

describe('createRawStaticServer', () => {
  const body = Buffer.from('<!DOCTYPE html><p>page</p>');
  const pages = new Map<string, RawPage>([
    ['/post/', { body, headers: pageHeaders({ 'content-type': 'text/html' }, body) }],
  ]);
  const server = createRawStaticServer(pages);
  let baseUrl = '';

  beforeAll(async () => {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('answers a known path with its exact bytes and headers', async () => {
    const response = await fetch(`${baseUrl}/post/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html');
    expect(Buffer.from(await response.arrayBuffer()).equals(body)).toBe(true);
  });

  it('answers 404 for any other path', async () => {
    const response = await fetch(`${baseUrl}/other/`);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });
});
