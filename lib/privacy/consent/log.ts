/**
 * Proof of consent: every choice a visitor makes, kept in SQLite for as long as the processing
 * register says. Each row holds a random consent id, the time, the version, the categories
 * granted and a keyed hash of the client's address, never the address itself.
 * @module
 */
import { createHmac } from 'node:crypto';

import { getDatabase, migrate, type Db } from '@/lib/db';

import type { OptionalCategory } from './categories';

const MIGRATIONS = [
  `CREATE TABLE consent_log (
    row_id INTEGER PRIMARY KEY,
    consent_id TEXT NOT NULL,
    decided_at INTEGER NOT NULL,
    version TEXT NOT NULL,
    categories TEXT NOT NULL,
    action TEXT NOT NULL,
    gpc INTEGER NOT NULL,
    address_hash TEXT
  );
  CREATE INDEX consent_log_decided_at ON consent_log (decided_at);
  CREATE INDEX consent_log_consent_id ON consent_log (consent_id);`,
];

/** How a choice was made: a button of the banner, or the switches. */
export type ConsentAction = 'accept-all' | 'reject-all' | 'custom';

export interface ConsentLogEntry {
  consentId: string;
  decidedAt: Date;
  version: string;
  /** What was granted, after Global Privacy Control took its share. */
  categories: readonly OptionalCategory[];
  action: ConsentAction;
  /** The request carried Sec-GPC: 1 (or the page reported navigator.globalPrivacyControl). */
  isGpcOn: boolean;
  /** HMAC of the client's address ({@link hashClientAddress}), or null when unknown. */
  addressHash: string | null;
}

const prepared = new WeakSet<Db>();

function ready(db: Db): Db {
  if (!prepared.has(db)) {
    migrate(db, 'consent-log', MIGRATIONS);
    prepared.add(db);
  }
  return db;
}

/** The site's own database, with the consent log's tables in place. */
export function getConsentLogDatabase(): Db {
  return ready(getDatabase('portico'));
}

/** A keyed hash of a client address: the same address gives the same hash under one key. */
export function hashClientAddress(address: string, key: Buffer): string {
  return createHmac('sha256', key).update(address).digest('hex');
}

/** Appends one choice to the log. */
export function recordConsent(db: Db, entry: ConsentLogEntry): void {
  ready(db)
    .prepare(
      `INSERT INTO consent_log
        (consent_id, decided_at, version, categories, action, gpc, address_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      entry.consentId,
      entry.decidedAt.getTime(),
      entry.version,
      entry.categories.join(','),
      entry.action,
      entry.isGpcOn ? 1 : 0,
      entry.addressHash,
    );
}

/** The logged choices of one consent id, oldest first (for a visitor's access request). */
export function listConsentChoices(db: Db, consentId: string): ConsentLogEntry[] {
  const rows = ready(db)
    .prepare<
      [string],
      {
        consent_id: string;
        decided_at: number;
        version: string;
        categories: string;
        action: ConsentAction;
        gpc: number;
        address_hash: string | null;
      }
    >('SELECT * FROM consent_log WHERE consent_id = ? ORDER BY decided_at, row_id')
    .all(consentId);
  return rows.map((row) => ({
    consentId: row.consent_id,
    decidedAt: new Date(row.decided_at),
    version: row.version,
    categories: row.categories ? (row.categories.split(',') as OptionalCategory[]) : [],
    action: row.action,
    isGpcOn: row.gpc === 1,
    addressHash: row.address_hash,
  }));
}

/** Deletes the entries decided before `cutoff` from `db`; returns how many. */
export function purgeConsentLog(db: Db, cutoff: Date): number {
  return ready(db).prepare('DELETE FROM consent_log WHERE decided_at < ?').run(cutoff.getTime())
    .changes;
}

/**
 * Deletes the consent log's entries decided before `cutoff` from the site's database; returns
 * how many. The retention purge calls it with the register's period.
 */
export function purgeConsentLogOlderThan(cutoff: Date): number {
  return purgeConsentLog(getDatabase('portico'), cutoff);
}
