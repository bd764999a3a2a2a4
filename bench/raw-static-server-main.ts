/**
 * Child-process entry of the raw static server: `node --import tsx raw-static-server-main.ts
 * <pages.json>`, where the file maps paths to { bodyBase64, headers }. Prints the port it
 * listens on (loopback), then serves until killed.
 * @module
 */
import { readFileSync } from 'node:fs';

import { createRawStaticServer, pageHeaders, type RawPage } from './raw-static-server';

interface StoredPage {
  bodyBase64: string;
  headers: Record<string, string>;
}

const file = process.argv[2];
if (!file) throw new Error('usage: raw-static-server-main.ts <pages.json>');

const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, StoredPage>;
const pages = new Map<string, RawPage>();
for (const [path, page] of Object.entries(stored)) {
  const body = Buffer.from(page.bodyBase64, 'base64');
  pages.set(path, { body, headers: pageHeaders(page.headers, body) });
}

const server = createRawStaticServer(pages);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`port ${address.port}\n`);
});
