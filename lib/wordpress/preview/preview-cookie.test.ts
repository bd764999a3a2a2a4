import { describe, expect, it } from 'vitest';

import { sealPreview, unsealPreview } from './preview-cookie';

const secret = 'a-test-secret-that-is-long-enough-for-iron';

describe('preview cookie', () => {
  it('round-trips the post id sealed with the same secret', async () => {
    const sealed = await sealPreview({ databaseId: 120 }, secret);
    expect(await unsealPreview(sealed, secret)).toEqual({ databaseId: 120 });
  });

  it('refuses a cookie sealed with another secret, tampered or missing', async () => {
    const sealed = await sealPreview({ databaseId: 120 }, secret);
    expect(await unsealPreview(sealed, `${secret}-other`)).toBeNull();
    const tampered = `${sealed.slice(0, 40)}${sealed[40] === 'A' ? 'B' : 'A'}${sealed.slice(41)}`;
    expect(await unsealPreview(tampered, secret)).toBeNull();
    expect(await unsealPreview(undefined, secret)).toBeNull();
  });
});
