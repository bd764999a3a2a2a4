import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';

import {
  deleteLocalAccount,
  openSessionFor,
  purgeAccountsOlderThan,
  readLocalAccount,
} from './account-store';
import { createSqliteAdapter } from './adapter';

const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);

function setup() {
  const db = openDatabase(':memory:');
  let now = T0;
  const adapter = createSqliteAdapter(db, () => now);
  return { db, adapter, advance: (ms: number) => (now += ms), now: () => now };
}

describe('the SQLite adapter', () => {
  it('answers a verification token once, then never again', async () => {
    const { adapter } = setup();
    const token = {
      identifier: 'ada@example.com',
      token: 'hashed',
      expires: new Date(T0 + 900_000),
    };
    await adapter.createVerificationToken!(token);
    expect(
      await adapter.useVerificationToken!({ identifier: 'ada@example.com', token: 'hashed' }),
    ).toEqual(token);
    expect(
      await adapter.useVerificationToken!({ identifier: 'ada@example.com', token: 'hashed' }),
    ).toBeNull();
  });

  it('does not answer a token for another address', async () => {
    const { adapter } = setup();
    await adapter.createVerificationToken!({
      identifier: 'ada@example.com',
      token: 'hashed',
      expires: new Date(T0 + 900_000),
    });
    expect(
      await adapter.useVerificationToken!({ identifier: 'eve@example.com', token: 'hashed' }),
    ).toBeNull();
  });

  it('stores a session under the hash of its token, never the token itself', async () => {
    const { db, adapter } = setup();
    const user = await adapter.createUser!({
      id: 'x',
      email: 'Ada@Example.com',
      emailVerified: null,
    });
    expect(user.email).toBe('ada@example.com');
    await adapter.createSession!({
      sessionToken: 'secret-token',
      userId: user.id,
      expires: new Date(T0 + 1_800_000),
    });
    const rows = db.prepare('SELECT token_hash FROM auth_sessions').all() as Array<{
      token_hash: string;
    }>;
    expect(rows).toEqual([
      { token_hash: createHash('sha256').update('secret-token').digest('hex') },
    ]);
    const found = await adapter.getSessionAndUser!('secret-token');
    expect(found?.user.id).toBe(user.id);
    expect(found?.session.expires.getTime()).toBe(T0 + 1_800_000);
    expect(await adapter.getSessionAndUser!('secret-tokeN')).toBeNull();
  });

  it('ends a session for good when it is deleted', async () => {
    const { adapter } = setup();
    const user = await adapter.createUser!({
      id: 'x',
      email: 'ada@example.com',
      emailVerified: null,
    });
    await adapter.createSession!({
      sessionToken: 's1',
      userId: user.id,
      expires: new Date(T0 + 60_000),
    });
    await adapter.deleteSession!('s1');
    expect(await adapter.getSessionAndUser!('s1')).toBeNull();
  });

  it('links a Salesforce account and finds the user by it', async () => {
    const { adapter } = setup();
    const user = await adapter.createUser!({
      id: 'x',
      email: 'ada@example.com',
      emailVerified: null,
    });
    await adapter.linkAccount!({
      userId: user.id,
      provider: 'salesforce',
      providerAccountId: '005000000000001',
      type: 'oidc',
      access_token: 'not kept',
    });
    expect(
      (
        await adapter.getUserByAccount!({
          provider: 'salesforce',
          providerAccountId: '005000000000001',
        })
      )?.id,
    ).toBe(user.id);
  });
});

describe('the accounts store', () => {
  it('lists the sessions of an account without their tokens', async () => {
    const { db, adapter } = setup();
    const user = await adapter.createUser!({
      id: 'x',
      email: 'ada@example.com',
      emailVerified: null,
    });
    await adapter.createSession!({
      sessionToken: 's1',
      userId: user.id,
      expires: new Date(T0 + 60_000),
    });
    const account = readLocalAccount('ADA@example.com', db);
    expect(account).toEqual({
      email: 'ada@example.com',
      createdAt: new Date(T0).toISOString(),
      lastSeenAt: new Date(T0).toISOString(),
      signInMethods: ['email'],
      sessions: [
        { createdAt: new Date(T0).toISOString(), expiresAt: new Date(T0 + 60_000).toISOString() },
      ],
    });
    expect(JSON.stringify(account)).not.toContain('s1');
  });

  it('deletes an account with every session of it', async () => {
    const { db, adapter } = setup();
    const user = await adapter.createUser!({
      id: 'x',
      email: 'ada@example.com',
      emailVerified: null,
    });
    await adapter.createSession!({
      sessionToken: 's1',
      userId: user.id,
      expires: new Date(T0 + 60_000),
    });
    await adapter.createSession!({
      sessionToken: 's2',
      userId: user.id,
      expires: new Date(T0 + 60_000),
    });
    const unused = {
      identifier: 'ada@example.com',
      token: 'mailed-before',
      expires: new Date(T0 + 900_000),
    };
    await adapter.createVerificationToken!(unused);
    expect(deleteLocalAccount('ada@example.com', db)).toBe(2);
    // A link mailed before the erasure opens nothing after it.
    expect(
      await adapter.useVerificationToken!({ identifier: unused.identifier, token: unused.token }),
    ).toBeNull();
    expect(await adapter.getSessionAndUser!('s1')).toBeNull();
    expect(await adapter.getSessionAndUser!('s2')).toBeNull();
    expect(readLocalAccount('ada@example.com', db)).toBeNull();
  });

  it('purges expired links and sessions at once, and accounts unused since the cutoff', async () => {
    const { db, adapter, advance, now } = setup();
    const old = await adapter.createUser!({
      id: 'x',
      email: 'old@example.com',
      emailVerified: null,
    });
    await adapter.createSession!({
      sessionToken: 'old',
      userId: old.id,
      expires: new Date(T0 + 60_000),
    });
    await adapter.createVerificationToken!({
      identifier: 'old@example.com',
      token: 't-old',
      expires: new Date(T0 + 60_000),
    });
    advance(120_000);
    const fresh = await adapter.createUser!({
      id: 'y',
      email: 'fresh@example.com',
      emailVerified: null,
    });
    await adapter.createSession!({
      sessionToken: 'fresh',
      userId: fresh.id,
      expires: new Date(now() + 60_000),
    });
    await adapter.createVerificationToken!({
      identifier: 'fresh@example.com',
      token: 't-new',
      expires: new Date(now() + 60_000),
    });

    // One expired session, one expired link, and the account last seen before the cutoff.
    expect(purgeAccountsOlderThan(new Date(T0 + 1), now(), db)).toBe(3);
    expect(await adapter.getSessionAndUser!('fresh')).not.toBeNull();
    expect(readLocalAccount('old@example.com', db)).toBeNull();
    expect(
      await adapter.useVerificationToken!({ identifier: 'fresh@example.com', token: 't-new' }),
    ).not.toBeNull();
  });

  it('opens a session that Auth.js reads as a sign-in would leave it', async () => {
    const { db, adapter } = setup();
    const token = openSessionFor('Ada@example.com', { db, ttlSeconds: 60, now: T0 });
    const found = await adapter.getSessionAndUser!(token);
    expect(found?.user.email).toBe('ada@example.com');
    expect(found?.session.expires.getTime()).toBe(T0 + 60_000);
    expect(openSessionFor('ada@example.com', { db, now: T0 })).not.toBe(token);
    expect(readLocalAccount('ada@example.com', db)?.sessions).toHaveLength(2);
  });
});
