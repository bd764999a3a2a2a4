/**
 * Auth.js's adapter on the site's SQLite database (see schema.ts). Only what signing in
 * needs is kept: no OAuth access or refresh tokens, no profile beyond email and name.
 * @module
 */
import { createHash, randomUUID } from 'node:crypto';

import type { Adapter, AdapterAccount, AdapterUser, VerificationToken } from 'next-auth/adapters';

import type { Db } from '@/lib/db';

import { prepareAccountsDatabase } from './schema';

interface UserRow {
  id: string;
  email: string;
  email_verified: number | null;
  name: string | null;
}

interface SessionRow {
  user_id: string;
  expires: number;
}

const hashSessionToken = (token: string) => createHash('sha256').update(token).digest('hex');

function toUser(row: UserRow): AdapterUser {
  return {
    id: row.id,
    email: row.email,
    emailVerified: row.email_verified === null ? null : new Date(row.email_verified),
    name: row.name,
  };
}

/** An Auth.js adapter on `db`; `clock` lets tests move time. */
export function createSqliteAdapter(db: Db, clock: () => number = Date.now): Adapter {
  prepareAccountsDatabase(db);
  const userById = db.prepare<[string], UserRow>('SELECT * FROM auth_users WHERE id = ?');
  const userByEmail = db.prepare<[string], UserRow>('SELECT * FROM auth_users WHERE email = ?');
  const sessionByHash = db.prepare<[string], SessionRow>(
    'SELECT user_id, expires FROM auth_sessions WHERE token_hash = ?',
  );

  return {
    async createUser(user) {
      const id = randomUUID();
      const now = clock();
      db.prepare(
        `INSERT INTO auth_users (id, email, email_verified, name, created_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        user.email.toLowerCase(),
        user.emailVerified?.getTime() ?? null,
        user.name ?? null,
        now,
        now,
      );
      return toUser(userById.get(id)!);
    },

    async getUser(id) {
      const row = userById.get(id);
      return row ? toUser(row) : null;
    },

    async getUserByEmail(email) {
      const row = userByEmail.get(email.toLowerCase());
      return row ? toUser(row) : null;
    },

    async getUserByAccount({ provider, providerAccountId }) {
      const row = db
        .prepare<[string, string], UserRow>(
          `SELECT u.* FROM auth_users u JOIN auth_accounts a ON a.user_id = u.id
           WHERE a.provider = ? AND a.provider_account_id = ?`,
        )
        .get(provider, providerAccountId);
      return row ? toUser(row) : null;
    },

    async updateUser(user) {
      const current = userById.get(user.id);
      if (!current) throw new Error('no such user');
      db.prepare('UPDATE auth_users SET email_verified = ?, name = ? WHERE id = ?').run(
        user.emailVerified === undefined
          ? current.email_verified
          : (user.emailVerified?.getTime() ?? null),
        user.name === undefined ? current.name : user.name,
        user.id,
      );
      return toUser(userById.get(user.id)!);
    },

    async deleteUser(id) {
      db.prepare('DELETE FROM auth_users WHERE id = ?').run(id);
    },

    async linkAccount(account: AdapterAccount) {
      db.prepare(
        `INSERT OR IGNORE INTO auth_accounts (provider, provider_account_id, user_id, type)
         VALUES (?, ?, ?, ?)`,
      ).run(account.provider, account.providerAccountId, account.userId, account.type);
    },

    async createSession({ sessionToken, userId, expires }) {
      const now = clock();
      db.transaction(() => {
        db.prepare(
          'INSERT INTO auth_sessions (token_hash, user_id, created_at, expires) VALUES (?, ?, ?, ?)',
        ).run(hashSessionToken(sessionToken), userId, now, expires.getTime());
        db.prepare('UPDATE auth_users SET last_seen_at = ? WHERE id = ?').run(now, userId);
      })();
      return { sessionToken, userId, expires };
    },

    async getSessionAndUser(sessionToken) {
      const session = sessionByHash.get(hashSessionToken(sessionToken));
      const user = session && userById.get(session.user_id);
      if (!session || !user) return null;
      return {
        session: { sessionToken, userId: user.id, expires: new Date(session.expires) },
        user: toUser(user),
      };
    },

    async updateSession({ sessionToken, expires }) {
      const hash = hashSessionToken(sessionToken);
      const session = sessionByHash.get(hash);
      if (!session) return null;
      const next = expires?.getTime() ?? session.expires;
      db.transaction(() => {
        db.prepare('UPDATE auth_sessions SET expires = ? WHERE token_hash = ?').run(next, hash);
        db.prepare('UPDATE auth_users SET last_seen_at = ? WHERE id = ?').run(
          clock(),
          session.user_id,
        );
      })();
      return { sessionToken, userId: session.user_id, expires: new Date(next) };
    },

    async deleteSession(sessionToken) {
      db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?').run(
        hashSessionToken(sessionToken),
      );
    },

    async createVerificationToken(token: VerificationToken) {
      db.prepare(
        'INSERT INTO auth_verification_tokens (identifier, token, expires) VALUES (?, ?, ?)',
      ).run(token.identifier, token.token, token.expires.getTime());
      return token;
    },

    // One statement finds and deletes, so two clicks racing on one link sign in once.
    async useVerificationToken({ identifier, token }) {
      const row = db
        .prepare<[string, string], { identifier: string; token: string; expires: number }>(
          `DELETE FROM auth_verification_tokens WHERE identifier = ? AND token = ?
           RETURNING identifier, token, expires`,
        )
        .get(identifier, token);
      return row ? { ...row, expires: new Date(row.expires) } : null;
    },
  };
}
