import { spawn } from 'node:child_process';
import { once } from 'node:events';

import { describe, expect, it } from 'vitest';

import { parseParentPid, readProcessTreeMemory, readStatusKb } from './process-memory';

describe('parseParentPid', () => {
  it('reads the parent after a command holding spaces and parentheses', () => {
    expect(parseParentPid('4242 (next-server (v16)) S 4100 4242 4242 0 -1')).toBe(4100);
  });
});

describe('readStatusKb', () => {
  it('reads a field in kB and answers 0 when it is missing', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(readStatusKb(status, 'VmRSS')).toBe(102400);
    expect(readStatusKb(status, 'VmSwap')).toBe(0);
  });
});

describe.skipIf(process.platform !== 'linux')('readProcessTreeMemory', () => {
  it('finds a child process under its parent with a nonzero RSS', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)']);
    try {
      const tree = readProcessTreeMemory(process.pid);
      const entry = tree.find((memory) => memory.pid === child.pid);
      expect(tree[0]?.pid).toBe(process.pid);
      expect(entry?.rssKb).toBeGreaterThan(0);
      expect(entry?.peakRssKb).toBeGreaterThanOrEqual(entry?.rssKb ?? Infinity);
    } finally {
      child.kill();
      await once(child, 'exit');
    }
  });
});
