import { mkdtempSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { watchExportFile, type StopWatching } from './watch-export';

let stop: StopWatching | undefined;
afterEach(() => stop?.());

function tempExport(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'portico-watch-')), 'site.xml');
  writeFileSync(file, '<rss/>');
  return file;
}

function waitFor(check: () => boolean, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) resolve();
      else if (Date.now() > deadline) reject(new Error('timed out'));
      else setTimeout(tick, 20);
    };
    tick();
  });
}

describe('watchExportFile', () => {
  it('calls back once the file is rewritten', async () => {
    const file = tempExport();
    let calls = 0;
    stop = watchExportFile(file, async () => void calls++, 25);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(calls).toBe(0);

    writeFileSync(file, '<rss><channel/></rss>');
    await waitFor(() => calls === 1);
  });

  it('notices a save that replaces the file by renaming', async () => {
    const file = tempExport();
    let calls = 0;
    stop = watchExportFile(file, async () => void calls++, 25);
    // The first poll records the file as it was; a change before it is the starting state.
    await new Promise((resolve) => setTimeout(resolve, 80));
    const replacement = `${file}.new`;
    writeFileSync(replacement, '<rss><channel><title>new</title></channel></rss>');
    const later = new Date(Date.now() + 5000);
    utimesSync(replacement, later, later);
    renameSync(replacement, file);
    await waitFor(() => calls === 1);
  });

  it('stops calling back once stopped', async () => {
    const file = tempExport();
    let calls = 0;
    watchExportFile(file, async () => void calls++, 25)();
    writeFileSync(file, '<rss><channel>changed</channel></rss>');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(calls).toBe(0);
  });
});
