import path from 'node:path';
import { pathToFileURL } from 'node:url';

import type { NextConfig } from 'next';
// Next's own matcher for app-router files, so the test follows Next's rule, not a copy of it.
import { createValidFileMatcher } from 'next/dist/server/lib/find-page-file';
import { afterEach, describe, expect, it, vi } from 'vitest';

const CONFIG_FILE = path.resolve(process.cwd(), 'next.config.js');
const APP_DIR = path.resolve(process.cwd(), 'app');
const BENCH_PAGES = ['(bench)/bench-static/page.bench.tsx', '(bench)/bench-empty/page.bench.tsx'];

async function loadConfig(env: Record<string, string>): Promise<NextConfig> {
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  vi.resetModules();
  // By URL: next.config.js is plain JavaScript, outside what tsc (allowJs: false) resolves.
  const loaded = (await import(pathToFileURL(CONFIG_FILE).href)) as { default: NextConfig };
  return loaded.default;
}

function isPage(config: NextConfig, file: string): boolean {
  const matcher = createValidFileMatcher(config.pageExtensions ?? [], APP_DIR);
  return matcher.isAppRouterPage(path.join(APP_DIR, file));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('next.config.js for the bench', () => {
  it('leaves the bench pages out of a normal build', async () => {
    const config = await loadConfig({ PORTICO_BENCH: '', PORTICO_DIST_DIR: '' });
    expect(BENCH_PAGES.map((file) => isPage(config, file))).toEqual([false, false]);
    expect(isPage(config, '[[...uri]]/page.tsx')).toBe(true);
    expect(config.distDir).toBe('.next');
  });

  it('builds the bench pages into the bench dist dir when PORTICO_BENCH=1', async () => {
    const config = await loadConfig({ PORTICO_BENCH: '1', PORTICO_DIST_DIR: '.next-bench' });
    expect(BENCH_PAGES.map((file) => isPage(config, file))).toEqual([true, true]);
    expect(isPage(config, '[[...uri]]/page.tsx')).toBe(true);
    expect(config.distDir).toBe('.next-bench');
  });
});
