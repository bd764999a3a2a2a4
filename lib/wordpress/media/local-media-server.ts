/**
 * Test support: a media origin on 127.0.0.1 that answers the cases the proxy and probe must
 * handle — a tiny PNG with validators, an HTML page, a slow answer, a dropped connection, a
 * server that refuses HEAD, redirects and an SVG.
 * @module
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A 1×1 transparent PNG. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const ETAG = '"tiny-1"';
const LAST_MODIFIED = 'Wed, 01 May 2024 10:00:00 GMT';

/** A running server: its origin, per-path request counts, and a way to stop it. */
export interface LocalMediaServer {
  origin: string;
  host: string;
  requests: { method: string; path: string; headers: IncomingMessage['headers'] }[];
  close: () => Promise<void>;
}

type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
  server: LocalMediaServer,
) => void;

const ROUTES: Record<string, Handler> = {
  '/wp-content/uploads/tiny.png': (request, response) => {
    if (request.headers['if-none-match'] === ETAG) {
      response.writeHead(304, { ETag: ETAG, 'Last-Modified': LAST_MODIFIED }).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'image/png',
      'Content-Length': TINY_PNG.length,
      ETag: ETAG,
      'Last-Modified': LAST_MODIFIED,
      'Cache-Control': 'max-age=60',
      'Set-Cookie': 'tracking=1',
    });
    response.end(request.method === 'HEAD' ? undefined : TINY_PNG);
  },
  '/page.html': (_request, response) => {
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
      .end('<script>alert(1)</script>');
  },
  '/image.svg': (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end('<svg onload="alert(1)"/>');
  },
  '/slow.png': (_request, response) => {
    const timer = setTimeout(
      () => response.writeHead(200, { 'Content-Type': 'image/png' }).end(TINY_PNG),
      2000,
    );
    response.on('close', () => clearTimeout(timer));
  },
  '/drop.png': (request) => {
    request.socket.destroy();
  },
  '/no-head.png': (request, response) => {
    if (request.method === 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const isRanged = request.headers.range === 'bytes=0-0';
    response
      .writeHead(isRanged ? 206 : 200, { 'Content-Type': 'image/png' })
      .end(isRanged ? TINY_PNG.subarray(0, 1) : TINY_PNG);
  },
  '/redirect-inside': (_request, response) => {
    response.writeHead(302, { Location: '/wp-content/uploads/tiny.png' }).end();
  },
  '/redirect-outside': (request, response) => {
    const target = new URL(request.url ?? '/', 'http://placeholder').searchParams.get('to');
    response.writeHead(302, { Location: target ?? 'http://localhost:9/secret.png' }).end();
  },
  '/error.png': (_request, response) => {
    response.writeHead(500, { 'Content-Type': 'text/plain' }).end('boom');
  },
};

/** Starts the server on an ephemeral port of 127.0.0.1. */
export async function startLocalMediaServer(): Promise<LocalMediaServer> {
  const state: LocalMediaServer = { origin: '', host: '', requests: [], close: async () => {} };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://placeholder').pathname;
    state.requests.push({ method: request.method ?? 'GET', path, headers: request.headers });
    const handler = ROUTES[path];
    if (handler) handler(request, response, state);
    else response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.host = `127.0.0.1:${port}`;
  state.origin = `http://${state.host}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}
