import { sealData } from 'iron-session';
import { describe, expect, it } from 'vitest';

import { isFilledByPerson, MIN_FILL_MS, readStartedAt, sealStartedAt } from './fill-time';

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';

describe('fill time', () => {
  it('passes a form sent after the minimum time', async () => {
    const start = await readStartedAt(await sealStartedAt(SECRET, 1_000_000), SECRET);
    expect(isFilledByPerson(start, 1_000_000 + MIN_FILL_MS)).toBe(true);
  });

  it('refuses a form sent sooner', async () => {
    const start = await readStartedAt(await sealStartedAt(SECRET, 1_000_000), SECRET);
    expect(isFilledByPerson(start, 1_000_000 + MIN_FILL_MS - 1)).toBe(false);
  });

  it('refuses a missing, forged or foreign seal, and a file in its place', async () => {
    expect(await readStartedAt(null, SECRET)).toBeNull();
    expect(await readStartedAt('0', SECRET)).toBeNull();
    const other = await sealStartedAt('another-secret-that-is-also-long-enough', 0);
    expect(await readStartedAt(other, SECRET)).toBeNull();
    expect(await readStartedAt(new File(['x'], 'x'), SECRET)).toBeNull();
    expect(isFilledByPerson(null, MIN_FILL_MS * 2)).toBe(false);
  });

  it('gives every seal its own form-instance id', async () => {
    const [first, second] = await Promise.all([
      readStartedAt(await sealStartedAt(SECRET, 0), SECRET),
      readStartedAt(await sealStartedAt(SECRET, 0), SECRET),
    ]);
    expect(first?.instanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.instanceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first?.instanceId).not.toBe(second?.instanceId);
  });

  it('refuses a seal of the same secret made for another purpose', async () => {
    const foreign = await sealData(
      { at: 0, instanceId: 'x', purpose: 'newsletter-confirm' },
      { password: SECRET, ttl: 3600 },
    );
    expect(await readStartedAt(foreign, SECRET)).toBeNull();
    const purposeless = await sealData({ at: 0, instanceId: 'x' }, { password: SECRET, ttl: 3600 });
    expect(await readStartedAt(purposeless, SECRET)).toBeNull();
  });
});
