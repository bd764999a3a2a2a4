import type { Db } from '@/lib/db';
import type { OutboxState } from '@/lib/outbox/store';

/** The outbox as an operator sees it: counts, ages, codes and ids; never a payload. */
export interface OutboxStatus {
  counts: Array<{ kind: string; state: OutboxState; count: number }>;
  /** Age of the oldest item still waiting for delivery, in ms. */
  oldestPendingAgeMs?: number;
  /** Pending items whose last attempt failed, by error code. */
  retrying: Array<{ code: string; count: number }>;
  deadLetters: Array<{
    id: string;
    kind: string;
    ageMs: number;
    attempts: number;
    code: string;
    reason: string;
  }>;
}

interface DeadRow {
  id: string;
  kind: string;
  created_at: number;
  attempts: number;
  last_error_code: string | null;
  last_error_reason: string | null;
}

/** Reads the status at time `now`; selects no payload or subject column. */
export function readOutboxStatus(db: Db, now: number): OutboxStatus {
  const counts = db
    .prepare<[], { kind: string; state: OutboxState; count: number }>(
      'SELECT kind, state, count(*) AS count FROM outbox GROUP BY kind, state ORDER BY kind, state',
    )
    .all();
  const oldest = db
    .prepare<[], { at: number | null }>(
      "SELECT min(created_at) AS at FROM outbox WHERE state = 'pending'",
    )
    .get()?.at;
  const retrying = db
    .prepare<[], { code: string; count: number }>(
      `SELECT last_error_code AS code, count(*) AS count FROM outbox
       WHERE state = 'pending' AND last_error_code IS NOT NULL
       GROUP BY last_error_code ORDER BY count DESC, code`,
    )
    .all();
  const dead = db
    .prepare<[], DeadRow>(
      `SELECT id, kind, created_at, attempts, last_error_code, last_error_reason FROM outbox
       WHERE state = 'dead' ORDER BY created_at`,
    )
    .all();
  return {
    counts,
    oldestPendingAgeMs: oldest == null ? undefined : now - oldest,
    retrying,
    deadLetters: dead.map((row) => ({
      id: row.id,
      kind: row.kind,
      ageMs: now - row.created_at,
      attempts: row.attempts,
      code: row.last_error_code ?? 'unknown',
      reason: row.last_error_reason ?? '',
    })),
  };
}
