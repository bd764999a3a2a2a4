/**
 * The bench's own production build of the site (into .next-bench, with the bench-only pages)
 * and its `next start` server.
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { spawnNode, stopChild, waitForExit, waitForOk } from './child';
import { EMPTY_PATH } from './routes';

/** Where the bench builds; .gitignored, never the site's .next. */
export const BENCH_DIST_DIR = '.next-bench';

const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');

/** The environment both `next build` and `next start` need: next.config.js reads it. */
export function benchEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORTICO_BENCH: '1',
    PORTICO_DIST_DIR: BENCH_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: '1',
    DATA_DIR: path.join('var', 'bench', 'data'),
  };
}

/**
 * Builds the site with the bench pages. `next build` adds its distDir's type globs to
 * tsconfig.json; the bench's dist dir is temporary, so the file is put back as it was.
 */
export async function buildBenchSite(logFile: string): Promise<void> {
  const tsconfig = path.join(process.cwd(), 'tsconfig.json');
  const tsconfigBefore = readFileSync(tsconfig, 'utf8');
  try {
    const child = spawnNode([NEXT_BIN, 'build'], benchEnv(), logFile);
    const code = await waitForExit(child);
    if (code !== 0) throw new Error(`next build failed (exit ${code}); see ${logFile}`);
  } finally {
    if (readFileSync(tsconfig, 'utf8') !== tsconfigBefore) writeFileSync(tsconfig, tsconfigBefore);
  }
}

/** Deletes the bench build, which vitest's and eslint's globs would otherwise walk into. */
export function removeBenchBuild(): void {
  rmSync(path.join(process.cwd(), BENCH_DIST_DIR), { recursive: true, force: true });
}

/** A running `next start`. */
export interface NextServer {
  baseUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts `next start` on loopback `port` and waits until it serves a page. */
export async function startNextServer(port: number, logFile: string): Promise<NextServer> {
  const args = [NEXT_BIN, 'start', '--port', String(port), '--hostname', '127.0.0.1'];
  const child: ChildProcess = spawnNode(args, benchEnv(), logFile);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(baseUrl + EMPTY_PATH, 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  if (child.pid === undefined) throw new Error('next start has no pid');
  return { baseUrl, pid: child.pid, stop: () => stopChild(child) };
}
