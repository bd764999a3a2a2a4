import { migrate, type Db } from '@/lib/db';

/**
 * One row per submission. `payload` (the encrypted JSON) and `subject_hash` (a keyed hash of
 * the normalised email of the person it is about, for finding a person's own submissions) are
 * the only personal data; both become NULL once the item is delivered or dropped. Times are
 * milliseconds since the epoch.
 */
const MIGRATIONS = [
  `CREATE TABLE outbox (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead', 'dropped')),
    payload BLOB,
    subject_hash TEXT,
    created_at INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_owner TEXT,
    lease_until INTEGER,
    settled_at INTEGER,
    external_id TEXT,
    last_error_code TEXT,
    last_error_reason TEXT
  ) STRICT;
  CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
  CREATE INDEX outbox_subject ON outbox (subject_hash) WHERE subject_hash IS NOT NULL;`,
];

/**
 * Prepares `db` for the outbox: its table, and secure_delete, so that SQLite overwrites an
 * erased payload with zeros instead of leaving it in a free page. The pragma is per connection:
 * every connection that erases must set it, which is why it is set here.
 */
export function prepareOutboxDatabase(db: Db): void {
  db.pragma('secure_delete = ON');
  migrate(db, 'outbox', MIGRATIONS);
}
