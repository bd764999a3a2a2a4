import type { Db } from '@/lib/db';
import { prepareOutboxDatabase } from '@/lib/outbox/schema';

export type OutboxState = 'pending' | 'delivered' | 'dead' | 'dropped';

/** Why the last attempt failed: a code and a reason safe to show and store (no personal data). */
export interface FailureNote {
  code: string;
  reason: string;
}

export interface NewOutboxItem {
  id: string;
  kind: string;
  /** The encrypted payload. */
  payload: Buffer;
  subjectHash: string | null;
  now: number;
  notBefore?: number;
}

/** An item reserved for one worker until its lease ends; `attempts` counts this one. */
export interface ClaimedItem {
  id: string;
  kind: string;
  payload: Buffer;
  attempts: number;
}

/** What stays of an item that the operator may see: never its payload. */
export interface OutboxItemMeta {
  id: string;
  kind: string;
  state: OutboxState;
  createdAt: number;
  nextAttemptAt: number;
  attempts: number;
  leaseOwner: string | null;
  settledAt: number | null;
  externalId: string | null;
  lastErrorCode: string | null;
  lastErrorReason: string | null;
  hasPayload: boolean;
}

interface MetaRow {
  id: string;
  kind: string;
  state: OutboxState;
  created_at: number;
  next_attempt_at: number;
  attempts: number;
  lease_owner: string | null;
  settled_at: number | null;
  external_id: string | null;
  last_error_code: string | null;
  last_error_reason: string | null;
  has_payload: number;
}

const META_COLUMNS = `id, kind, state, created_at, next_attempt_at, attempts, lease_owner, settled_at,
  external_id, last_error_code, last_error_reason, payload IS NOT NULL AS has_payload`;

function toMeta(row: MetaRow): OutboxItemMeta {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    attempts: row.attempts,
    leaseOwner: row.lease_owner,
    settledAt: row.settled_at,
    externalId: row.external_id,
    lastErrorCode: row.last_error_code,
    lastErrorReason: row.last_error_reason,
    hasPayload: row.has_payload === 1,
  };
}

/**
 * The outbox table's statements, with time passed in by the caller (tests use a fake clock).
 * It stores bytes and never sees a plaintext payload: encryption is the caller's.
 */
/**
 * Changes to one person's newsletter status must reach the CRM in the order they were made:
 * an unsubscribe after a subscribe that is still being retried would otherwise be overtaken
 * by it, and the person would end up subscribed. So such an item waits while an earlier one
 * about the same person (subject_hash) is still pending. Other kinds are independent.
 */
const ORDERED_KINDS = `('newsletter-subscribe', 'newsletter-unsubscribe')`;
const NOT_WAITING_FOR_AN_EARLIER_ITEM = `NOT (
  item.kind IN ${ORDERED_KINDS} AND item.subject_hash IS NOT NULL AND EXISTS (
    SELECT 1 FROM outbox AS earlier
    WHERE earlier.subject_hash = item.subject_hash AND earlier.state = 'pending'
      AND earlier.kind IN ${ORDERED_KINDS} AND earlier.rowid < item.rowid))`;

export function createOutboxStore(db: Db) {
  prepareOutboxDatabase(db);

  const insert = db.prepare(
    `INSERT INTO outbox (id, kind, state, payload, subject_hash, created_at, next_attempt_at)
     VALUES (@id, @kind, 'pending', @payload, @subjectHash, @now, @nextAttemptAt)`,
  );
  const claim = db.prepare<
    { now: number; limit: number; owner: string; until: number },
    ClaimedItem
  >(
    `UPDATE outbox SET lease_owner = @owner, lease_until = @until, attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM outbox AS item
       WHERE state = 'pending' AND next_attempt_at <= @now
         AND (lease_until IS NULL OR lease_until <= @now)
         AND ${NOT_WAITING_FOR_AN_EARLIER_ITEM}
       ORDER BY next_attempt_at LIMIT @limit)
     RETURNING id, kind, payload, attempts`,
  );
  const delivered = db.prepare(
    `UPDATE outbox SET state = 'delivered', payload = NULL, subject_hash = NULL,
       external_id = @externalId, settled_at = @now, lease_owner = NULL, lease_until = NULL,
       last_error_code = NULL, last_error_reason = NULL
     WHERE id = @id AND state = 'pending'`,
  );
  const reschedule = db.prepare(
    `UPDATE outbox SET next_attempt_at = @at, lease_owner = NULL, lease_until = NULL,
       last_error_code = @code, last_error_reason = @reason
     WHERE id = @id AND state = 'pending'`,
  );
  const deadLetter = db.prepare(
    `UPDATE outbox SET state = 'dead', settled_at = @now, lease_owner = NULL, lease_until = NULL,
       last_error_code = @code, last_error_reason = @reason
     WHERE id = @id AND state = 'pending'`,
  );
  // Leased items are left out: they come back through the poll if their worker died. So are
  // items waiting for an earlier one: that one's settling wakes the worker.
  const nextDue = db.prepare<[], { at: number }>(
    `SELECT next_attempt_at AS at FROM outbox AS item
     WHERE state = 'pending' AND lease_until IS NULL AND ${NOT_WAITING_FOR_AN_EARLIER_ITEM}
     ORDER BY next_attempt_at LIMIT 1`,
  );
  const leaseOwners = db.prepare<{ now: number }, { owner: string }>(
    `SELECT DISTINCT lease_owner AS owner FROM outbox
     WHERE state = 'pending' AND lease_owner IS NOT NULL AND lease_until > @now`,
  );
  const releaseOwner = db.prepare(
    `UPDATE outbox SET lease_owner = NULL, lease_until = NULL
     WHERE state = 'pending' AND lease_owner = ?`,
  );
  const retryWhere = (where: string) =>
    db.prepare(
      `UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = @now, settled_at = NULL
       WHERE state = 'dead' AND ${where}`,
    );
  const retryOne = retryWhere('id = @id');
  const retryAll = retryWhere('true');
  const dropWhere = (where: string) =>
    db.prepare(
      `UPDATE outbox SET state = 'dropped', payload = NULL, subject_hash = NULL, settled_at = @now,
         lease_owner = NULL, lease_until = NULL
       WHERE ${where}`,
    );
  const dropOne = dropWhere(`state IN ('pending', 'dead') AND id = @id`);
  const dropAll = dropWhere(`state = 'dead'`);
  const purge = db.prepare(
    `DELETE FROM outbox WHERE state IN ('delivered', 'dead', 'dropped') AND settled_at < ?`,
  );
  const getOne = db.prepare<[string], MetaRow>(`SELECT ${META_COLUMNS} FROM outbox WHERE id = ?`);

  return {
    db,

    /** Writes a new pending item; durable when this returns (one transaction, WAL). */
    insert(item: NewOutboxItem): void {
      insert.run({
        id: item.id,
        kind: item.kind,
        payload: item.payload,
        subjectHash: item.subjectHash,
        now: item.now,
        nextAttemptAt: Math.max(item.now, item.notBefore ?? item.now),
      });
    },

    /** Reserves up to `limit` due items for `owner` until `now + leaseMs`. */
    claimDue(limit: number, now: number, leaseMs: number, owner: string): ClaimedItem[] {
      if (limit <= 0) return [];
      return claim.all({ now, limit, owner, until: now + leaseMs });
    },

    /** Marks an item delivered and erases its personal data; false when it was not pending. */
    markDelivered(id: string, externalId: string, now: number): boolean {
      return delivered.run({ id, externalId: externalId || null, now }).changes === 1;
    },

    reschedule(id: string, failure: FailureNote, at: number): void {
      reschedule.run({ id, at, ...failure });
    },

    deadLetter(id: string, failure: FailureNote, now: number): void {
      deadLetter.run({ id, now, ...failure });
    },

    /** When the next unleased pending item falls due, or undefined when there is none. */
    nextDueAt(): number | undefined {
      return nextDue.get()?.at;
    },

    /** Owners holding live leases, so a worker can free those of processes that died. */
    liveLeaseOwners(now: number): string[] {
      return leaseOwners.all({ now }).map((row) => row.owner);
    },

    releaseLeasesOf(owner: string): number {
      return releaseOwner.run(owner).changes;
    },

    /** Puts a dead letter back in the queue with a fresh retry budget. */
    retry(id: string, now: number): boolean {
      return retryOne.run({ id, now }).changes === 1;
    },

    retryAllDead(now: number): number {
      return retryAll.run({ now }).changes;
    },

    /** Gives up on a pending item or dead letter and erases its payload. */
    drop(id: string, now: number): boolean {
      return dropOne.run({ id, now }).changes === 1;
    },

    dropAllDead(now: number): number {
      return dropAll.run({ now }).changes;
    },

    /** Deletes the rows of items delivered, dead-lettered or dropped before `cutoff`. */
    purgeSettledBefore(cutoff: number): number {
      return purge.run(cutoff).changes;
    },

    get(id: string): OutboxItemMeta | undefined {
      const row = getOne.get(id);
      return row && toMeta(row);
    },

    /**
     * Copies the WAL into the database file and empties it, so that erased payloads do not
     * linger in old WAL frames. Skipped silently when readers hold the WAL open.
     */
    checkpoint(): void {
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}

export type OutboxStore = ReturnType<typeof createOutboxStore>;
