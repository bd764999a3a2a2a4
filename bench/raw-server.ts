/**
 * Starts the raw static server (raw-static-server-main.ts) as a child process serving the
 * exact bytes and headers Next answered.
 * @module
 */
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { spawnNode, stopChild } from './child';

/** A page as Next served it. */
export interface RecordedPage {
  path: string;
  body: Buffer;
  headers: Record<string, string>;
}

/** A running raw static server. */
export interface RawServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'raw-static-server-main.ts');

async function readPort(output: NodeJS.ReadableStream): Promise<number> {
  let text = '';
  for (;;) {
    const [chunk] = (await once(output, 'data')) as [Buffer];
    text += chunk.toString();
    const port = /^port (\d+)$/m.exec(text)?.[1];
    if (port) return Number(port);
  }
}

/** Writes the pages to `workDir` and serves them from a child process on loopback. */
export async function startRawServer(
  pages: readonly RecordedPage[],
  workDir: string,
): Promise<RawServer> {
  mkdirSync(workDir, { recursive: true });
  const file = path.join(workDir, 'raw-pages.json');
  const stored = Object.fromEntries(
    pages.map((page) => [
      page.path,
      { bodyBase64: page.body.toString('base64'), headers: page.headers },
    ]),
  );
  writeFileSync(file, JSON.stringify(stored));

  const child = spawnNode(
    ['--import', 'tsx', MAIN, file],
    process.env,
    path.join(workDir, 'raw.log'),
  );
  if (!child.stdout || child.pid === undefined) throw new Error('raw server did not start');
  const port = await readPort(child.stdout);
  return { baseUrl: `http://127.0.0.1:${port}`, pid: child.pid, stop: () => stopChild(child) };
}
