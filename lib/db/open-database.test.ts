import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { migrate, openDatabase } from '@/lib/db/open-database';

describe('openDatabase', () => {
  it('uses the WAL journal on a file', () => {
    const db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'db-')), 'nested/x.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('keeps the database and its WAL readable by the owner only', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'db-')), 'private.db');
    const db = openDatabase(file);
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    for (const name of [file, `${file}-wal`]) expect(statSync(name).mode & 0o777).toBe(0o600);
  });

  // SQLite's locks are POSIX locks, which Linux drops for the whole process when any of its
  // descriptors of the file closes. Losing them let another process's sqlite3 delete the WAL
  // that the server was still writing to (applications lost).
  it.skipIf(!existsSync('/proc/locks'))(
    'keeps the first connection’s locks when another connection opens the same file',
    () => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'db-')), 'locked.db');
      const locksHeld = () => {
        const inode = statSync(file).ino;
        return readFileSync('/proc/locks', 'utf8')
          .split('\n')
          .filter((line) => line.includes(`:${inode} `) && line.includes(` ${process.pid} `))
          .length;
      };
      const first = openDatabase(file);
      first.exec('CREATE TABLE t (x)');
      expect(locksHeld()).toBeGreaterThan(0);
      const second = openDatabase(file);
      second.prepare('SELECT count(*) FROM t').get();
      expect(locksHeld()).toBeGreaterThan(0);
      first.close();
      second.close();
    },
  );
});

describe('migrate', () => {
  it('applies each step once and keeps namespaces apart', () => {
    const db = openDatabase(':memory:');
    migrate(db, 'a', ['CREATE TABLE a1 (x)', 'CREATE TABLE a2 (x)']);
    migrate(db, 'a', ['CREATE TABLE a1 (x)', 'CREATE TABLE a2 (x)', 'CREATE TABLE a3 (x)']);
    migrate(db, 'b', ['CREATE TABLE b1 (x)']);
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .all()
      .map((row) => row.name);
    expect(tables).toEqual(['a1', 'a2', 'a3', 'b1', 'schema_migrations']);
  });

  it('rolls a failing step back and records nothing for it', () => {
    const db = openDatabase(':memory:');
    expect(() =>
      migrate(db, 'a', ['CREATE TABLE t (x); INSERT INTO nowhere VALUES (1)']),
    ).toThrow();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 't'").get()).toEqual({
      n: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 0 });
  });
});
