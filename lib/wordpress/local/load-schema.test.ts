import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { graphql } from 'graphql';
import { describe, expect, it } from 'vitest';

import { DEMO_EXPORT } from '@/tests/support/fixtures';

import { getLocalSchema } from './load-schema';

async function siteTitle(file: string): Promise<unknown> {
  const result = await graphql({
    schema: await getLocalSchema(file),
    source: '{ generalSettings { title } }',
    contextValue: { viewer: 'anonymous' },
  });
  return (result.data?.generalSettings as { title?: string } | undefined)?.title;
}

/** Rewrites the file and moves its modification time on, as an editor's save does. */
function save(file: string, text: string, secondsLater: number): void {
  writeFileSync(file, text);
  const when = new Date(Date.now() + secondsLater * 1000);
  utimesSync(file, when, when);
}

describe('getLocalSchema', () => {
  it('rebuilds when the file changes, and keeps the last good version when it breaks', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'portico-export-')), 'site.xml');
    const demo = readFileSync(DEMO_EXPORT, 'utf8');
    save(file, demo, 0);
    expect(await siteTitle(file)).toBe('Northwind Studio');

    save(
      file,
      demo.replace('<title>Northwind Studio</title>', '<title>Renamed Studio</title>'),
      10,
    );
    expect(await siteTitle(file)).toBe('Renamed Studio');

    save(file, demo.slice(0, demo.length / 2), 20);
    expect(await siteTitle(file)).toBe('Renamed Studio');
  });

  it('throws, naming the file and the place, when no version was ever readable', async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'portico-export-')), 'cut.xml');
    save(file, '<?xml version="1.0"?>\n<rss><channel><title>x', 0);
    await expect(getLocalSchema(file)).rejects.toThrow(`${file}:2:`);
  });
});
