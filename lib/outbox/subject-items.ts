/**
 * A person's own submissions still held in the outbox (pending, or dead-lettered with their
 * payload), found by the keyed hash of their email, for their data export.
 * @module
 */
import { payloadBinding, type Outbox } from '@/lib/outbox/outbox';

export interface SubjectItem {
  id: string;
  kind: string;
  state: string;
  createdAt: string;
  /** The decrypted payload, or null when it cannot be opened (e.g. after a key change). */
  payload: unknown;
}

/** The items about `email` that still hold personal data, oldest first. */
export function listItemsAbout(outbox: Outbox, email: string): SubjectItem[] {
  const rows = outbox.store.db
    .prepare<
      [string],
      { id: string; kind: string; state: string; created_at: number; payload: Buffer }
    >(
      `SELECT id, kind, state, created_at, payload FROM outbox
       WHERE subject_hash = ? AND payload IS NOT NULL ORDER BY created_at`,
    )
    .all(outbox.hashSubject(email));
  return rows.map((row) => {
    let payload: unknown = null;
    try {
      payload = outbox.cipher.decryptJson(row.payload, payloadBinding(row.id, row.kind));
    } catch {
      // An unreadable payload is listed without its content.
    }
    return {
      id: row.id,
      kind: row.kind,
      state: row.state,
      createdAt: new Date(row.created_at).toISOString(),
      payload,
    };
  });
}
