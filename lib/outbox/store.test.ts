import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { createOutbox, payloadBinding } from '@/lib/outbox/outbox';

const SECRET = 'outbox-test-secret-with-enough-length-0123';
const LEASE = 60_000;

function tempDbFile(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'outbox-')), 'portico.db');
}

function openOutbox(file = tempDbFile(), clock = () => 1_000_000) {
  return { file, outbox: createOutbox(openDatabase(file), SECRET, clock) };
}

function fileBytes(file: string): Buffer {
  const parts = [file, `${file}-wal`].filter((name) => existsSync(name));
  return Buffer.concat(parts.map((name) => readFileSync(name)));
}

const PERSON = { email: 'ingrid.orsted@example.dk', lastName: 'Ørsted', description: 'Hej' };

describe('outbox store', () => {
  it('has the submission on disk, encrypted, when enqueue returns', () => {
    const { file, outbox } = openOutbox();
    const id = outbox.enqueue('contact', PERSON, { subjectEmail: PERSON.email });

    // A second connection, as another process would open it.
    const other = new Database(file, { readonly: true });
    const row = other
      .prepare('SELECT kind, state, payload, subject_hash FROM outbox WHERE id = ?')
      .get(id) as {
      kind: string;
      state: string;
      payload: Buffer;
      subject_hash: string;
    };
    other.close();
    expect(row.kind).toBe('contact');
    expect(row.state).toBe('pending');
    expect(outbox.cipher.decryptJson(row.payload, payloadBinding(id, 'contact'))).toEqual(PERSON);
    expect(row.subject_hash).toBe(outbox.hashSubject(' INGRID.orsted@example.dk'));
    expect(fileBytes(file).includes(Buffer.from(PERSON.email))).toBe(false);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives a due item to one worker until its lease runs out, counting attempts', () => {
    const { outbox } = openOutbox();
    const { store } = outbox;
    const id = outbox.enqueue('contact', PERSON);
    const t = 1_000_000;

    expect(store.claimDue(10, t, LEASE, 'a').map((item) => [item.id, item.attempts])).toEqual([
      [id, 1],
    ]);
    expect(store.claimDue(10, t + LEASE - 1, LEASE, 'b')).toEqual([]);
    expect(store.claimDue(10, t + LEASE, LEASE, 'b').map((item) => item.attempts)).toEqual([2]);
    expect(store.get(id)?.leaseOwner).toBe('b');
  });

  it('claims at most the limit, oldest due first, and nothing scheduled for later', () => {
    let now = 1_000;
    const { outbox } = openOutbox(undefined, () => now);
    const ids = [1, 2, 3].map(() => {
      now += 1;
      return outbox.enqueue('mail', { n: now });
    });
    const later = outbox.enqueue('mail', {}, { notBefore: new Date(now + 5_000) });

    expect(
      outbox.store
        .claimDue(2, now, LEASE, 'a')
        .map((item) => item.id)
        .sort(),
    ).toEqual(ids.slice(0, 2).sort());
    expect(outbox.store.claimDue(5, now, LEASE, 'a').map((item) => item.id)).toEqual([ids[2]]);
    expect(outbox.store.nextDueAt()).toBe(now + 5_000);
    expect(outbox.store.claimDue(5, now + 5_000, LEASE, 'a').map((item) => item.id)).toEqual([
      later,
    ]);
  });

  it("delivers one person's newsletter changes in order, even when the first is retried", () => {
    const { outbox } = openOutbox();
    const { store } = outbox;
    const person = { subjectEmail: PERSON.email };
    const subscribe = outbox.enqueue('newsletter-subscribe', PERSON, person);
    const unsubscribe = outbox.enqueue('newsletter-unsubscribe', PERSON, person);
    const otherPerson = outbox.enqueue('newsletter-unsubscribe', PERSON, {
      subjectEmail: 'someone.else@example.org',
    });
    const contact = outbox.enqueue('contact', PERSON, person);
    const t = 1_000_000;

    const first = store.claimDue(10, t, LEASE, 'a').map((item) => item.id);
    expect(first.sort()).toEqual([subscribe, otherPerson, contact].sort());
    // The subscribe fails and waits for its retry: the unsubscribe must not overtake it.
    store.reschedule(
      subscribe,
      { code: 'ERROR_HTTP_503', reason: 'CrmError, retryable' },
      t + 9_000,
    );
    expect(store.claimDue(10, t + 1_000, LEASE, 'a')).toEqual([]);
    expect(store.nextDueAt()).toBe(t + 9_000);
    expect(store.claimDue(10, t + 9_000, LEASE, 'a').map((item) => item.id)).toEqual([subscribe]);
    store.markDelivered(subscribe, '00Q1', t + 9_500);
    expect(store.claimDue(10, t + 9_500, LEASE, 'a').map((item) => item.id)).toEqual([unsubscribe]);
  });

  it('reschedules a failure for later, keeping only its code and reason', () => {
    const { outbox } = openOutbox();
    const id = outbox.enqueue('contact', PERSON);
    outbox.store.claimDue(1, 1_000_000, LEASE, 'a');
    outbox.store.reschedule(id, { code: 'ECONNRESET', reason: 'Error, retryable' }, 1_004_000);

    expect(outbox.store.claimDue(1, 1_003_999, LEASE, 'a')).toEqual([]);
    expect(outbox.store.get(id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      nextAttemptAt: 1_004_000,
      lastErrorCode: 'ECONNRESET',
      leaseOwner: null,
    });
    expect(outbox.store.claimDue(1, 1_004_000, LEASE, 'a')).toHaveLength(1);
  });

  it('erases the payload on delivery so that no byte of it is left in the files', () => {
    const { file, outbox } = openOutbox();
    // Large enough to spill into overflow pages, which SQLite frees rather than rewrites.
    const payload = { ...PERSON, description: 'Ærlig talt, '.repeat(800) };
    const id = outbox.enqueue('contact', payload, { subjectEmail: PERSON.email });
    const [claimed] = outbox.store.claimDue(1, 1_000_000, LEASE, 'a');
    const sealed = claimed!.payload;
    const subjectHash = outbox.hashSubject(PERSON.email);
    const sealedSamples = [sealed.subarray(40, 72), sealed.subarray(sealed.length - 32)];
    // The check below could not fail if the samples were not on disk before.
    for (const sample of sealedSamples) expect(fileBytes(file).includes(sample)).toBe(true);

    expect(outbox.store.markDelivered(id, '00Q000000000001', 1_000_500)).toBe(true);
    outbox.store.checkpoint();

    const bytes = fileBytes(file);
    for (const needle of [
      ...sealedSamples,
      Buffer.from(subjectHash),
      Buffer.from(PERSON.email),
      Buffer.from('Ærlig talt'),
    ]) {
      expect(bytes.includes(needle)).toBe(false);
    }
    expect(outbox.store.get(id)).toMatchObject({
      state: 'delivered',
      hasPayload: false,
      externalId: '00Q000000000001',
      settledAt: 1_000_500,
    });
  });

  it('retries a dead letter with a fresh budget, and drops one erasing its payload', () => {
    const { outbox } = openOutbox();
    const [a, b] = [outbox.enqueue('contact', PERSON), outbox.enqueue('contact', PERSON)];
    for (const id of [a!, b!]) {
      outbox.store.claimDue(2, 1_000_000, LEASE, 'w');
      outbox.store.deadLetter(id, { code: 'INVALID_EMAIL_ADDRESS', reason: 'CrmError' }, 1_000_001);
    }
    expect(outbox.store.retry(a!, 2_000_000)).toBe(true);
    expect(outbox.store.get(a!)).toMatchObject({
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 2_000_000,
    });
    expect(outbox.store.retry(a!, 2_000_000)).toBe(false);

    expect(outbox.store.drop(b!, 2_000_000)).toBe(true);
    expect(outbox.store.get(b!)).toMatchObject({ state: 'dropped', hasPayload: false });
  });

  it('purges settled rows older than the cutoff and never pending ones', () => {
    let now = 1_000;
    const { outbox } = openOutbox(undefined, () => now);
    const [delivered, dead, pending] = ['x', 'y', 'z'].map((n) => outbox.enqueue('mail', { n }));
    outbox.store.claimDue(3, now, LEASE, 'w');
    outbox.store.markDelivered(delivered!, 'm1', 1_500);
    outbox.store.deadLetter(dead!, { code: 'EENVELOPE', reason: 'Error' }, 1_600);
    now = 10_000;
    const fresh = outbox.enqueue('mail', {});
    outbox.store.claimDue(1, now, LEASE, 'w');
    outbox.store.markDelivered(fresh, 'm2', 10_001);

    expect(outbox.store.purgeSettledBefore(2_000)).toBe(2);
    expect([delivered, dead, pending, fresh].map((id) => outbox.store.get(id!)?.state)).toEqual([
      undefined,
      undefined,
      'pending',
      'delivered',
    ]);
  });
});
