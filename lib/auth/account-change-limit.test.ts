import { describe, expect, it } from 'vitest';

import { ACCOUNT_CHANGES_PER_HOUR, createAccountChangeLimit } from './account-change-limit';

describe('the account change limit', () => {
  it("refuses a customer's changes past the hourly limit, and no one else's", () => {
    const limit = createAccountChangeLimit();
    const now = Date.UTC(2026, 11, 4, 12, 0, 0);
    for (let i = 0; i < ACCOUNT_CHANGES_PER_HOUR; i += 1)
      expect(limit.hit('003A', now + i).allowed).toBe(true);
    expect(limit.hit('003A', now + 10).allowed).toBe(false);
    expect(limit.hit('003B', now + 10).allowed).toBe(true);
    expect(limit.hit('003A', now + 2 * 60 * 60 * 1000).allowed).toBe(true);
  });
});
