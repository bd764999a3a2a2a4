import { beforeEach, describe, expect, it, vi } from 'vitest';

import { openDatabase } from '@/lib/db';

const enqueued: string[] = [];
let failNext = false;
function record(kind: string) {
  return () => {
    if (failNext) {
      failNext = false;
      throw new Error('SQLITE_FULL');
    }
    enqueued.push(kind);
    return `id-${enqueued.length}`;
  };
}
vi.mock('@/lib/submissions', () => ({
  enqueueMail: vi.fn(record('mail')),
  enqueueNewsletterSubscribe: vi.fn(record('subscribe')),
  enqueueNewsletterUnsubscribe: vi.fn(record('unsubscribe')),
}));

const { confirmSubscription, unsubscribeFromNewsletter } = await import('./newsletter-steps');
const { confirmationToken, unsubscribeToken } = await import('./newsletter-tokens');
const { createReceipts } = await import('./receipts');

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';
let address = 0;

function context() {
  return {
    secret: SECRET,
    siteUrl: 'https://www.example.com',
    clientAddress: `192.0.2.${(address += 1)}`,
    receipts: createReceipts(openDatabase(':memory:')),
  };
}

const confirmation = () =>
  confirmationToken.seal(
    {
      email: 'ann@example.com',
      firstName: 'Ann',
      consentText: 'Yes',
      consentVersion: 'v1',
      consentAt: Date.now(),
    },
    SECRET,
  );

beforeEach(() => {
  enqueued.length = 0;
  failNext = false;
});

describe('confirmSubscription', () => {
  it('subscribes and sends the welcome mail once, however often Confirm is pressed', async () => {
    const token = await confirmation();
    const step = context();
    const results = [];
    for (let press = 0; press < 3; press += 1) results.push(await confirmSubscription(token, step));
    expect(results).toEqual(['done', 'done', 'done']);
    expect(enqueued).toEqual(['subscribe', 'mail']);
  });

  it('refuses an unsubscribe token', async () => {
    const token = await unsubscribeToken.seal({ email: 'ann@example.com' }, SECRET);
    expect(await confirmSubscription(token, context())).toBe('invalid-token');
    expect(enqueued).toEqual([]);
  });

  it('stores nothing when the outbox fails, and a second press then works', async () => {
    const token = await confirmation();
    const step = context();
    failNext = true;
    await expect(confirmSubscription(token, step)).rejects.toThrow('SQLITE_FULL');
    expect(await confirmSubscription(token, step)).toBe('done');
    expect(enqueued).toEqual(['subscribe', 'mail']);
  });
});

describe('unsubscribeFromNewsletter', () => {
  it('enqueues one unsubscribe for 300 one-click posts of one token at once', async () => {
    const token = await unsubscribeToken.seal({ email: 'ann@example.com' }, SECRET);
    const step = context();
    const results = await Promise.all(
      Array.from({ length: 300 }, () => unsubscribeFromNewsletter(token, step)),
    );
    expect(new Set(results)).toEqual(new Set(['done']));
    expect(enqueued).toEqual(['unsubscribe']);
  });

  it('refuses a confirmation token: it was never meant to unsubscribe', async () => {
    expect(await unsubscribeFromNewsletter(await confirmation(), context())).toBe('invalid-token');
    expect(enqueued).toEqual([]);
  });

  it('counts new tokens against the client rate limit, but not a used one', async () => {
    const step = context();
    const tokens = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        unsubscribeToken.seal({ email: `person${index}@example.com` }, SECRET),
      ),
    );
    const results = [];
    for (const token of tokens) results.push(await unsubscribeFromNewsletter(token, step));
    expect(results).toEqual(['done', 'done', 'done', 'done', 'done', 'limited']);
    // A replay of a used token still answers success, though the client is at its limit.
    expect(await unsubscribeFromNewsletter(tokens[0], step)).toBe('done');
    expect(enqueued).toHaveLength(5);
  });
});
