import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

import Database from 'better-sqlite3';

export type Db = Database.Database;

/**
 * Opens (creating) a SQLite file for one writer process and many readers: WAL journal,
 * NORMAL sync (durable across a process crash, which is what SIGKILL tests), a busy timeout
 * instead of SQLITE_BUSY errors, and foreign keys on.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') createPrivateFile(file);
  const db = new Database(/*turbopackIgnore: true*/ file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  return db;
}

/**
 * The databases hold personal data: only the server's user may read them. SQLite gives its
 * -wal and -shm files the database file's mode, so setting it on the file covers them too.
 */
function createPrivateFile(file: string): void {
  mkdirSync(path.dirname(/*turbopackIgnore: true*/ file), { recursive: true, mode: 0o700 });
  // Created only when missing, never opened and closed beside a live connection: on Linux,
  // closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
  // own included, and another process would then delete the WAL under our feet.
  try {
    closeSync(openSync(/*turbopackIgnore: true*/ file, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  chmodSync(/*turbopackIgnore: true*/ file, 0o600);
}

/**
 * Applies a module's migrations in order, each once, inside a transaction. Each module keeps
 * its own numbered list (`namespace`), so modules sharing one file never collide.
 */
export function migrate(db: Db, namespace: string, steps: readonly string[]): void {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (namespace TEXT NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (namespace, version))',
  );
  const applied = db
    .prepare<[string], { version: number }>(
      'SELECT version FROM schema_migrations WHERE namespace = ?',
    )
    .all(namespace)
    .map((row) => row.version);
  const record = db.prepare('INSERT INTO schema_migrations (namespace, version) VALUES (?, ?)');
  steps.forEach((sql, index) => {
    const version = index + 1;
    if (applied.includes(version)) return;
    db.transaction(() => {
      db.exec(sql);
      record.run(namespace, version);
    })();
  });
}
