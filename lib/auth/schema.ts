/**
 * The accounts' tables in the site's own database: Auth.js's users, linked sign-in accounts
 * (Salesforce), sessions and verification tokens. Session tokens are stored as their SHA-256,
 * verification tokens as Auth.js hashes them: a copy of the file opens no session.
 * @module
 */
import { migrate, type Db } from '@/lib/db';

const MIGRATIONS = [
  `CREATE TABLE auth_users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    email_verified INTEGER,
    name TEXT,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
  CREATE TABLE auth_accounts (
    provider TEXT NOT NULL,
    provider_account_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    PRIMARY KEY (provider, provider_account_id)
  );
  CREATE TABLE auth_sessions (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES auth_users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires INTEGER NOT NULL
  );
  CREATE INDEX auth_sessions_user ON auth_sessions (user_id);
  CREATE INDEX auth_sessions_expires ON auth_sessions (expires);
  CREATE TABLE auth_verification_tokens (
    identifier TEXT NOT NULL,
    token TEXT NOT NULL,
    expires INTEGER NOT NULL,
    PRIMARY KEY (identifier, token)
  );
  CREATE INDEX auth_verification_tokens_expires ON auth_verification_tokens (expires);`,
];

/** Creates or updates the accounts' tables in `db`. */
export function prepareAccountsDatabase(db: Db): void {
  migrate(db, 'accounts', MIGRATIONS);
}
