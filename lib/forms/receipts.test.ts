import { describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';

import { createReceipts, submissionReceiptKey, tokenReceiptKey } from './receipts';

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';
const HOUR = 3600 * 1000;

describe('receipts', () => {
  it('records a key once: the second record answers false', () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    expect(receipts.has('contact', 'k')).toBe(false);
    expect(receipts.record('contact', 'k', { now: 0, keepMs: HOUR })).toBe(true);
    expect(receipts.record('contact', 'k', { now: 1, keepMs: HOUR })).toBe(false);
    expect(receipts.has('contact', 'k')).toBe(true);
    // Each form has its own keys: one seal may serve two forms on a page.
    expect(receipts.record('newsletter', 'k', { now: 1, keepMs: HOUR })).toBe(true);
  });

  it('forgets a key, so the same post can be retried', () => {
    const receipts = createReceipts(openDatabase(':memory:'));
    receipts.record('contact', 'k', { now: 0, keepMs: HOUR });
    receipts.forget('contact', 'k');
    expect(receipts.has('contact', 'k')).toBe(false);
    expect(receipts.record('contact', 'k', { now: 0, keepMs: HOUR })).toBe(true);
  });

  it('deletes receipts older than their lifetime on the way', () => {
    const db = openDatabase(':memory:');
    const receipts = createReceipts(db);
    receipts.record('contact', 'old', { now: 0, keepMs: HOUR });
    receipts.record('contact', 'new', { now: HOUR + 1, keepMs: HOUR });
    expect(receipts.has('contact', 'old')).toBe(false);
    expect(receipts.has('contact', 'new')).toBe(true);
    const rows = db.prepare('SELECT * FROM form_receipts').all();
    expect(rows).toEqual([{ form: 'contact', receipt_key: 'new', received_at: HOUR + 1 }]);
  });

  it('runs the work with the record, and keeps no receipt when the work throws', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE work (n INTEGER)');
    const receipts = createReceipts(db);
    const insert = db.prepare('INSERT INTO work (n) VALUES (1)');
    const fail = () => {
      insert.run();
      throw new Error('SQLITE_FULL');
    };
    expect(() => receipts.record('confirm', 't', { keepMs: HOUR }, fail)).toThrow('SQLITE_FULL');
    expect(receipts.has('confirm', 't')).toBe(false);
    expect(db.prepare('SELECT COUNT(*) AS n FROM work').get()).toEqual({ n: 0 });

    let runs = 0;
    const work = () => {
      runs += 1;
    };
    expect(receipts.record('confirm', 't', { keepMs: HOUR }, work)).toBe(true);
    expect(receipts.record('confirm', 't', { keepMs: HOUR }, work)).toBe(false);
    expect(runs).toBe(1);
  });

  it('keys a post by its form instance and its data, keyed with the secret', () => {
    const data = { email: 'ann@example.com', message: 'Hi' };
    const key = submissionReceiptKey('id-1', data, SECRET);
    expect(submissionReceiptKey('id-1', { ...data }, SECRET)).toBe(key);
    expect(submissionReceiptKey('id-2', data, SECRET)).not.toBe(key);
    expect(submissionReceiptKey('id-1', { ...data, message: 'Hi!' }, SECRET)).not.toBe(key);
    expect(submissionReceiptKey('id-1', data, `${SECRET}-other`)).not.toBe(key);
    expect(key).not.toContain('ann');
    expect(tokenReceiptKey('Fe26.2**abc')).toMatch(/^[\w-]{43}$/);
  });
});
