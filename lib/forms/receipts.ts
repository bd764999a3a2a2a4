/**
 * Receipts of what the site has already accepted: one row per accepted form instance or used
 * newsletter token, so that a repeated post (a reload of the thank-you page, a replayed body,
 * a second press of Confirm) answers the same success and stores nothing. A row holds a key
 * (a keyed hash or a token's hash, never personal data), the form's name and the time.
 * @module
 */
import { createHash, createHmac } from 'node:crypto';

import { getDatabase, migrate, type Db } from '@/lib/db';

const MIGRATIONS = [
  `CREATE TABLE form_receipts (
    form TEXT NOT NULL,
    receipt_key TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    PRIMARY KEY (form, receipt_key)
  );
  CREATE INDEX form_receipts_received_at ON form_receipts (form, received_at);`,
];

/** The receipts of one database. */
export interface Receipts {
  /** True when `key` was recorded for `form` and not yet forgotten. */
  has(form: string, key: string): boolean;
  /**
   * Records `key` for `form`; false when it was there already (someone else got there first).
   * Rows of `form` older than `keepMs` are deleted on the way. `work`, when given, runs in
   * the same transaction (only when the key is new): if it throws, the receipt is not kept.
   */
  record(
    form: string,
    key: string,
    options: { now?: number; keepMs: number },
    work?: () => void,
  ): boolean;
  /** Forgets a receipt, so a retry after a failed accept goes through. */
  forget(form: string, key: string): void;
}

/** Receipts kept in `db` (the table is created on first use). */
export function createReceipts(db: Db): Receipts {
  migrate(db, 'form-receipts', MIGRATIONS);
  const select = db.prepare<[string, string], { found: number }>(
    'SELECT 1 AS found FROM form_receipts WHERE form = ? AND receipt_key = ?',
  );
  const insert = db.prepare<[string, string, number]>(
    'INSERT OR IGNORE INTO form_receipts (form, receipt_key, received_at) VALUES (?, ?, ?)',
  );
  const purge = db.prepare<[string, number]>(
    'DELETE FROM form_receipts WHERE form = ? AND received_at < ?',
  );
  const remove = db.prepare<[string, string]>(
    'DELETE FROM form_receipts WHERE form = ? AND receipt_key = ?',
  );
  return {
    has: (form, key) => select.get(form, key) !== undefined,
    record: db.transaction(
      (form: string, key: string, options: { now?: number; keepMs: number }, work?: () => void) => {
        const now = options.now ?? Date.now();
        purge.run(form, now - options.keepMs);
        const isNew = insert.run(form, key, now).changes === 1;
        if (isNew) work?.();
        return isNew;
      },
    ),
    forget(form, key) {
      remove.run(form, key);
    },
  };
}

let receipts: Receipts | undefined;

/** The receipts in the site's own database (`portico`). */
export function getReceipts(): Receipts {
  receipts ??= createReceipts(getDatabase('portico'));
  return receipts;
}

/** A token's receipt key: its SHA-256, since the token itself opens a subscription. */
export function tokenReceiptKey(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * A form post's receipt key: the form instance's random id with the accepted data, hashed
 * with the secret. The data matter because a page from the cache hands one seal to many
 * visitors; the same post repeated has the same key, a different visitor's post does not.
 */
export function submissionReceiptKey(instanceId: string, data: unknown, secret: string): string {
  return createHmac('sha256', secret)
    .update(instanceId)
    .update('\0')
    .update(JSON.stringify(data))
    .digest('base64url');
}
