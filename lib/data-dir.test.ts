import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { ensureDataDir } from './data-dir';

describe('ensureDataDir', () => {
  it('creates a missing directory', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portico-data-')), 'a', 'b');
    expect(() => ensureDataDir(dir)).not.toThrow();
  });

  it('names DATA_DIR when the path is a file', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'portico-data-')), 'file');
    writeFileSync(file, 'x');
    expect(() => ensureDataDir(file)).toThrow(
      /DATA_DIR: .* is not a writable directory \(EEXIST|ENOTDIR\)/,
    );
  });
});
