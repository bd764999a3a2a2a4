/**
 * Stand-ins for the third parties the consent gate holds back (YouTube's no-cookie player,
 * Google's tag), on an HTTPS server on 127.0.0.1 with a self-signed certificate. Chromium is
 * told to resolve their real host names to it (`--host-resolver-rules`) and every other name
 * to nothing, so the site's real embed addresses are exercised and no real host is contacted.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FAKE_HOSTS = [
  'www.youtube-nocookie.com',
  'player.vimeo.com',
  'www.google.com',
  'www.openstreetmap.org',
  'www.googletagmanager.com',
  'www.google-analytics.com',
] as const;

export interface FakeThirdParty {
  port: number;
  /** Every request it answered, as `https://host/path?query`. */
  requests: string[];
  /** Chromium flags that send FAKE_HOSTS here and fail every other outside name. */
  browserArgs: string[];
  stop: () => Promise<void>;
}

/** What the fake gtag.js does: sets a first-party `_ga` cookie, as the real one does. */
const FAKE_GTAG = `document.cookie = '_ga=GA1.1.1234567890.1700000000; path=/; max-age=3600';
window.__fakeGtagLoaded = true;`;

function createCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyFile = path.join(dir, 'key.pem');
  const certFile = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1'],
      ...['-keyout', keyFile, '-out', certFile, '-subj', '/CN=fake-third-party'],
      ...['-addext', `subjectAltName=${FAKE_HOSTS.map((host) => `DNS:${host}`).join(',')}`],
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

/** Starts the fake on a free loopback port. */
export async function startFakeThirdParty(): Promise<FakeThirdParty> {
  const dir = mkdtempSync(path.join(tmpdir(), 'portico-fake-tls-'));
  const requests: string[] = [];
  const server: Server = createServer(createCertificate(dir), (request, response) => {
    const url = `https://${request.headers.host ?? 'unknown'}${request.url ?? '/'}`;
    requests.push(url);
    if ((request.url ?? '').startsWith('/gtag/js')) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(FAKE_GTAG);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Fake player</title><p>Fake player for ${request.url}</p>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('fake third party: no port');
  const port = address.port;
  const rules = [
    ...FAKE_HOSTS.map((host) => `MAP ${host} 127.0.0.1:${port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
    'EXCLUDE localhost',
  ];
  return {
    port,
    requests,
    browserArgs: [`--host-resolver-rules=${rules.join(', ')}`],
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}
