/**
 * A small TLS-terminating reverse proxy for running the site behind HTTPS on this machine,
 * as a load balancer would in production: HTTPS in front (and plain HTTP beside it, which
 * the site redirects), `next start` behind on plain HTTP, with X-Forwarded-Proto/-For/-Host
 * set so the site (with TRUST_PROXY=true) knows what the visitor used. Loopback only.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface TlsCertificate {
  cert: string;
  key: string;
}

/**
 * A self-signed certificate for localhost and 127.0.0.1 in `dir` (cert.pem, key.pem), made
 * with openssl unless it is already there.
 */
export function ensureSelfSignedCertificate(dir: string): TlsCertificate {
  const certFile = path.join(dir, 'cert.pem');
  const keyFile = path.join(dir, 'key.pem');
  if (!existsSync(certFile) || !existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-sha256',
        '-days',
        '30',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: 'ignore' },
    );
  }
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') };
}

export interface TlsProxy {
  httpsPort: number;
  httpPort: number;
  close(): Promise<void>;
}

/** Forwards one request to the site, telling it the scheme the visitor used. */
function forward(target: URL, scheme: 'http' | 'https') {
  return (request: IncomingMessage, response: ServerResponse) => {
    const headers = { ...request.headers };
    headers['x-forwarded-proto'] = scheme;
    headers['x-forwarded-for'] = request.socket.remoteAddress ?? '';
    headers['x-forwarded-host'] = request.headers.host ?? '';
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end('The site behind this proxy did not answer.');
    });
    request.pipe(upstream);
  };
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts HTTPS on `httpsPort` and HTTP on `httpPort` (0: any free port), both to `target`. */
export async function startTlsProxy({
  target,
  certificate,
  httpsPort = 0,
  httpPort = 0,
}: {
  target: string;
  certificate: TlsCertificate;
  httpsPort?: number;
  httpPort?: number;
}): Promise<TlsProxy> {
  const to = new URL(target);
  const secure = https.createServer(certificate, forward(to, 'https'));
  const plain = http.createServer(forward(to, 'http'));
  const ports = [await listen(secure, httpsPort), await listen(plain, httpPort)];
  const close = (server: http.Server) =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return {
    httpsPort: ports[0] ?? 0,
    httpPort: ports[1] ?? 0,
    close: async () => {
      await Promise.all([close(secure), close(plain)]);
    },
  };
}
