import { describe, expect, it } from 'vitest';

import { CONFIRMATION_MAILS_PER_DAY, limitConfirmationMail } from './index';

const DAY = 24 * 3600 * 1000;

describe('limitConfirmationMail', () => {
  it('allows three confirmation mails to one address a day, whatever its case', () => {
    const start = DAY * 20_000;
    const decisions = [
      'Ann@Example.com',
      'ann@example.com',
      'ANN@EXAMPLE.COM',
      'ann@example.com',
    ].map((email, index) => limitConfirmationMail(email, start + index));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(CONFIRMATION_MAILS_PER_DAY).toBe(3);
    // Another address has its own count.
    expect(limitConfirmationMail('bob@example.com', start + 5).allowed).toBe(true);
    // Two days on, the address may get mail again.
    expect(limitConfirmationMail('ann@example.com', start + 2 * DAY).allowed).toBe(true);
  });
});
