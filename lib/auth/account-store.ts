/**
 * The site's own records of a customer, beside what Auth.js reads through the adapter: the
 * sessions to list in a data export or to end everywhere, and the retention purge.
 * @module
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

import { getDatabase, type Db } from '@/lib/db';

import { prepareAccountsDatabase } from './schema';

let prepared: Db | undefined;

/** The `portico` database with the accounts' tables in place. */
export function getAccountsDatabase(): Db {
  if (!prepared) {
    prepared = getDatabase('portico');
    prepareAccountsDatabase(prepared);
  }
  return prepared;
}

/** What the site keeps about a customer's sign-ins, as their data export shows it. */
export interface LocalAccountRecord {
  email: string;
  createdAt: string;
  lastSeenAt: string;
  signInMethods: string[];
  /** Open sessions; their tokens are secrets and are left out. */
  sessions: Array<{ createdAt: string; expiresAt: string }>;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The local account of `email`, or null when there is none. */
export function readLocalAccount(
  email: string,
  db: Db = getAccountsDatabase(),
): LocalAccountRecord | null {
  const user = db
    .prepare<[string], { id: string; email: string; created_at: number; last_seen_at: number }>(
      'SELECT id, email, created_at, last_seen_at FROM auth_users WHERE email = ?',
    )
    .get(email.toLowerCase());
  if (!user) return null;
  const providers = db
    .prepare<[string], { provider: string }>('SELECT provider FROM auth_accounts WHERE user_id = ?')
    .all(user.id)
    .map((row) => row.provider);
  const sessions = db
    .prepare<[string], { created_at: number; expires: number }>(
      'SELECT created_at, expires FROM auth_sessions WHERE user_id = ? ORDER BY created_at',
    )
    .all(user.id);
  return {
    email: user.email,
    createdAt: iso(user.created_at),
    lastSeenAt: iso(user.last_seen_at),
    signInMethods: ['email', ...providers],
    sessions: sessions.map((row) => ({
      createdAt: iso(row.created_at),
      expiresAt: iso(row.expires),
    })),
  };
}

/**
 * Deletes the local account of `email` with all its sessions (signed out everywhere), linked
 * sign-ins and unused sign-in links. Answers the number of sessions ended.
 */
export function deleteLocalAccount(email: string, db: Db = getAccountsDatabase()): number {
  return db.transaction(() => {
    // A sign-in link mailed before the erasure must not open a new account after it.
    db.prepare('DELETE FROM auth_verification_tokens WHERE identifier = ?').run(
      email.toLowerCase(),
    );
    const user = db
      .prepare<[string], { id: string }>('SELECT id FROM auth_users WHERE email = ?')
      .get(email.toLowerCase());
    if (!user) return 0;
    const ended = db.prepare('DELETE FROM auth_sessions WHERE user_id = ?').run(user.id).changes;
    db.prepare('DELETE FROM auth_users WHERE id = ?').run(user.id);
    return ended;
  })();
}

/**
 * Retention: expired sign-in links and sessions go at once; an account unused since `cutoff`
 * (the register's period) goes with whatever is left of it. Answers the number of rows.
 */
export function purgeAccountsOlderThan(
  cutoff: Date,
  now = Date.now(),
  db: Db = getAccountsDatabase(),
): number {
  return db.transaction(() => {
    const tokens = db.prepare('DELETE FROM auth_verification_tokens WHERE expires < ?').run(now);
    const sessions = db.prepare('DELETE FROM auth_sessions WHERE expires < ?').run(now);
    const users = db
      .prepare(
        `DELETE FROM auth_users WHERE last_seen_at < ?
         AND NOT EXISTS (SELECT 1 FROM auth_sessions s WHERE s.user_id = auth_users.id)`,
      )
      .run(cutoff.getTime());
    return tokens.changes + sessions.changes + users.changes;
  })();
}

/**
 * Opens a session for `email` as a sign-in would, creating the account when needed, and
 * answers the cookie's value. For benchmarks and tests that need a signed-in customer
 * without the mailbox; the site itself signs in only through Auth.js.
 */
export function openSessionFor(
  email: string,
  { db = getAccountsDatabase(), ttlSeconds = 1_800, now = Date.now() } = {},
): string {
  const token = randomBytes(32).toString('hex');
  db.transaction(() => {
    db.prepare(
      `INSERT INTO auth_users (id, email, email_verified, created_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (email) DO NOTHING`,
    ).run(randomUUID(), email.toLowerCase(), now, now, now);
    const user = db
      .prepare<[string], { id: string }>('SELECT id FROM auth_users WHERE email = ?')
      .get(email.toLowerCase())!;
    db.prepare(
      'INSERT INTO auth_sessions (token_hash, user_id, created_at, expires) VALUES (?, ?, ?, ?)',
    ).run(createHash('sha256').update(token).digest('hex'), user.id, now, now + ttlSeconds * 1000);
  })();
  return token;
}
