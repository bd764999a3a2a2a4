import { beforeEach, describe, expect, it, vi } from 'vitest';

import { openDatabase } from '@/lib/db';
import { createReceipts } from '@/lib/forms/receipts';

// confirmErasure with the outbox and the local account store replaced by recorders.
const requests: Array<{ customerId: string; confirmedAt: Date; subject: string }> = [];
const deleted: string[] = [];
vi.mock('@/lib/submissions', () => ({
  enqueueErasureRequest: (request: { customerId: string; confirmedAt: Date }, subject: string) => {
    requests.push({ ...request, subject });
    return 'id-1';
  },
  enqueueAccountMail: () => 'id-2',
}));
vi.mock('./account-store', () => ({
  deleteLocalAccount: (email: string) => {
    deleted.push(email);
    return 2;
  },
}));

const { confirmErasure } = await import('./erasure');
const { erasureToken } = await import('./erasure-token');
const { confirmationToken } = await import('@/lib/forms/newsletter-tokens');

const SECRET = 'erasure-test-secret-0123456789-abcdefghij';
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

beforeEach(() => {
  requests.length = 0;
  deleted.length = 0;
});

describe('confirmErasure', () => {
  it('records the request and deletes the account, once however often the link is used', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const token = await erasureToken.seal(
      { customerId: '003A', email: 'ines@example.com' },
      SECRET,
    );
    expect(await confirmErasure(token, { secret: SECRET, receipts, now: NOW })).toBe('done');
    expect(await confirmErasure(token, { secret: SECRET, receipts, now: NOW + 1_000 })).toBe(
      'done',
    );
    expect(requests).toEqual([
      { customerId: '003A', confirmedAt: new Date(NOW), subject: 'ines@example.com' },
    ]);
    expect(deleted).toEqual(['ines@example.com']);
  });

  it('refuses a missing, tampered or other-purpose token, doing nothing', async () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    const token = await erasureToken.seal(
      { customerId: '003A', email: 'ines@example.com' },
      SECRET,
    );
    const newsletter = await confirmationToken.seal(
      { email: 'ines@example.com', consentText: 'x', consentVersion: 'v', consentAt: NOW },
      SECRET,
    );
    for (const bad of [undefined, `${token.slice(0, -2)}xx`, newsletter]) {
      expect(await confirmErasure(bad, { secret: SECRET, receipts, now: NOW })).toBe(
        'invalid-token',
      );
    }
    expect(requests).toEqual([]);
    expect(deleted).toEqual([]);
  });
});
