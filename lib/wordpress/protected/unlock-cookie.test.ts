import { describe, expect, it } from 'vitest';

import { sealUnlock, unsealUnlock } from './unlock-cookie';

const secret = 'a-test-secret-that-is-long-enough-for-iron';

describe('unlock cookie', () => {
  it('round-trips a claim sealed with the same secret', async () => {
    const sealed = await sealUnlock({ databaseId: 7, password: 'open sesame' }, secret);
    expect(sealed).not.toContain('open sesame');
    expect(await unsealUnlock(sealed, secret)).toEqual({ databaseId: 7, password: 'open sesame' });
  });

  it('refuses a cookie sealed with another secret', async () => {
    const sealed = await sealUnlock({ databaseId: 7, password: 'x' }, `${secret}-other`);
    expect(await unsealUnlock(sealed, secret)).toBeNull();
  });

  it('refuses a tampered or missing cookie', async () => {
    const sealed = await sealUnlock({ databaseId: 7, password: 'x' }, secret);
    const tampered = `${sealed.slice(0, 40)}${sealed[40] === 'A' ? 'B' : 'A'}${sealed.slice(41)}`;
    expect(await unsealUnlock(tampered, secret)).toBeNull();
    expect(await unsealUnlock(undefined, secret)).toBeNull();
    expect(await unsealUnlock('garbage', secret)).toBeNull();
  });
});
