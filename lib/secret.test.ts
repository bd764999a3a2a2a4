import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readOrCreateSecret } from './secret';

describe('readOrCreateSecret', () => {
  it('creates a 0600 secret once and reads the same one afterwards', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'portico-secret-')), 'nested');
    const first = readOrCreateSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path.join(dir, 'portico-secret')).mode & 0o777).toBe(0o600);
    expect(readOrCreateSecret(dir)).toBe(first);
  });
});
