import { describe, expect, it } from 'vitest';

import { createSingleFlight } from './single-flight';

describe('createSingleFlight', () => {
  it('runs one load for concurrent callers of the same key', async () => {
    const once = createSingleFlight<number>();
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 42;
    };
    const results = await Promise.all([once('a', load), once('a', load), once('a', load)]);
    expect(results).toEqual([42, 42, 42]);
    expect(loads).toBe(1);
  });

  it('loads again once the previous load has settled, also after a failure', async () => {
    const once = createSingleFlight<string>();
    await expect(once('k', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await once('k', async () => 'up')).toBe('up');
  });

  it('keeps different keys apart', async () => {
    const once = createSingleFlight<string>();
    const [a, b] = await Promise.all([once('a', async () => 'A'), once('b', async () => 'B')]);
    expect([a, b]).toEqual(['A', 'B']);
  });
});
