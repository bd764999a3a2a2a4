import { describe, expect, it } from 'vitest';

import { isFilledByPerson, MIN_FILL_MS, sealStartedAt } from './fill-time';

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';

describe('fill time', () => {
  it('passes a form sent after the minimum time', async () => {
    const sealed = await sealStartedAt(SECRET, 1_000_000);
    expect(await isFilledByPerson(sealed, SECRET, 1_000_000 + MIN_FILL_MS)).toBe(true);
  });

  it('refuses a form sent sooner', async () => {
    const sealed = await sealStartedAt(SECRET, 1_000_000);
    expect(await isFilledByPerson(sealed, SECRET, 1_000_000 + MIN_FILL_MS - 1)).toBe(false);
  });

  it('refuses a missing, forged or foreign seal, and a file in its place', async () => {
    expect(await isFilledByPerson(null, SECRET)).toBe(false);
    expect(await isFilledByPerson('0', SECRET)).toBe(false);
    const other = await sealStartedAt('another-secret-that-is-also-long-enough', 0);
    expect(await isFilledByPerson(other, SECRET, MIN_FILL_MS * 2)).toBe(false);
    expect(await isFilledByPerson(new File(['x'], 'x'), SECRET)).toBe(false);
  });
});
