/**
 * The ceiling: a minimal node:http server answering fixed bytes with fixed headers, no
 * rendering, no cache lookups. Used as a child process so it gets its own event loop, as
 * Next's server does.
 * @module
 */
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';

/** One page's bytes and response headers, as Next served them. */
export interface RawPage {
  body: Buffer;
  headers: OutgoingHttpHeaders;
}

/** Headers that belong to one connection or one encoding of the body, not to the page. */
const HOP_HEADERS = new Set([
  'connection',
  'keep-alive',
  'date',
  'transfer-encoding',
  'content-encoding',
]);

/** Keeps a recorded response's page headers and sets Content-Length to the body's. */
export function pageHeaders(recorded: Record<string, string>, body: Buffer): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(recorded)) {
    if (!HOP_HEADERS.has(name.toLowerCase())) headers[name] = value;
  }
  headers['content-length'] = String(body.length);
  return headers;
}

/** A server answering each path in `pages` with its bytes, and 404 otherwise. */
export function createRawStaticServer(pages: ReadonlyMap<string, RawPage>): Server {
  return createServer((request, response) => {
    const page = pages.get(request.url ?? '');
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, page.headers).end(page.body);
  });
}
