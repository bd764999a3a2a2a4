import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface SiteServer {
  url: string;
  /** Everything the server printed, for assertions on logs and for failure reports. */
  output: () => string;
  stop: () => Promise<void>;
  /** Ends the server at once with SIGKILL, as a crash or an OOM killer would. */
  kill: () => Promise<void>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A free loopback port, found by binding port 0. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the production build (`next start`) with the given environment on a free port, with
 * its own data directory, and waits until it answers.
 */
export async function startSite(env: Record<string, string> = {}): Promise<SiteServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? tmpdir(),
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        SITE_URL: url,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'portico-data-')),
        LOG_LEVEL: 'warn',
        // Lets a test run use its own build while someone else rebuilds .next.
        ...(process.env.PORTICO_DIST_DIR ? { PORTICO_DIST_DIR: process.env.PORTICO_DIST_DIR } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await waitUntilReady(url, child, () => output);
  return {
    url,
    output: () => output,
    stop: () => stopProcess(child),
    kill: () => killProcess(child),
  };
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    try {
      // A site behind a trusted TLS proxy redirects this plain request to HTTPS: that answers.
      const response = await fetch(`${url}/robots.txt`, { redirect: 'manual' });
      if (response.ok || response.status === 308) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`next start did not answer within 60 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

function killProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
