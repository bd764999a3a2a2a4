import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { LocalCrm } from '@/lib/crm/local/local-crm';
import { addLocalLead, listLocalConsents, listLocalLeads } from '@/lib/crm/local/records';
import { migrateLocalCrm } from '@/lib/crm/local/schema';
import { openDatabase } from '@/lib/db';
import { createLogger } from '@/lib/log';
import { createLocalMailbox } from '@/lib/mail/local-mailbox';
import { listMailbox, purgeMailboxFilesBefore } from '@/lib/mail/mailbox-reader';
import { createOutbox } from '@/lib/outbox/outbox';
import { listConsentChoices, purgeConsentLog, recordConsent } from '@/lib/privacy/consent/log';
import { purgeLocalCrmOlderThan } from '@/lib/crm/local/records';

import { purgeExpiredRecords } from './purge';
import { scheduleRetentionPurge } from './schedule';
import { STORE_PURGERS } from './stores';

const SECRET = 'retention-test-secret-with-enough-length-01';
const NOW = new Date('2026-12-04T12:00:00.000Z');
const SECOND = 1000;

/** A logger whose lines the test reads. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger('info', destination), lines };
}

// The cutoffs below are worked out by hand from the register's periods: the outbox and the
// mailbox hold job applications (6 months, the shortest of their activities), the consent
// log keeps 13 months, the local CRM 24 months (contact and newsletter) from a person's last
// activity, and never while they subscribe.
describe('purgeExpiredRecords, per retention period (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('outbox (6 months): keeps an item settled just inside, deletes one just outside', () => {
    const cutoff = new Date('2026-06-04T12:00:00.000Z').getTime();
    const db = openDatabase(':memory:');
    const outbox = createOutbox(db, SECRET, () => Date.now());
    const settleAt = (at: number) => {
      vi.setSystemTime(at);
      const id = outbox.enqueue('contact', { email: 'a@example.com' });
      outbox.store.markDelivered(id, 'ext', at);
      return id;
    };
    const outside = settleAt(cutoff - SECOND);
    const inside = settleAt(cutoff + SECOND);
    vi.setSystemTime(NOW);

    const { logger } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: { outbox: (date) => outbox.store.purgeSettledBefore(date.getTime()) },
      now: NOW,
      logger,
    });

    expect(deleted).toEqual({ outbox: 1 });
    expect(outbox.store.get(outside)).toBeUndefined();
    expect(outbox.store.get(inside)).toBeDefined();
  });

  it('consent log (13 months): keeps a choice just inside, deletes one just outside', () => {
    const cutoff = new Date('2025-11-04T12:00:00.000Z').getTime();
    const db = openDatabase(':memory:');
    const choice = (consentId: string, at: number) =>
      recordConsent(db, {
        consentId,
        decidedAt: new Date(at),
        version: 'v1',
        categories: [],
        action: 'reject-all',
        isGpcOn: false,
        addressHash: null,
      });
    choice('outside', cutoff - SECOND);
    choice('inside', cutoff + SECOND);

    const { logger } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: { 'consent-log': (date) => purgeConsentLog(db, date) },
      now: NOW,
      logger,
    });

    expect(deleted).toEqual({ 'consent-log': 1 });
    expect(listConsentChoices(db, 'outside')).toHaveLength(0);
    expect(listConsentChoices(db, 'inside')).toHaveLength(1);
  });

  it('local CRM (24 months): keeps a lead just inside, deletes one just outside', () => {
    const cutoff = new Date('2024-12-04T12:00:00.000Z').getTime();
    const db = openDatabase(':memory:');
    migrateLocalCrm(db);
    const lead = (lastName: string, at: number) =>
      addLocalLead(
        { lastName, email: `${lastName}@example.com`, company: 'X' },
        { db, at: new Date(at) },
      );
    lead('outside', cutoff - SECOND);
    lead('inside', cutoff + SECOND);

    const { logger } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: { 'local-crm': (date) => purgeLocalCrmOlderThan(date, db) },
      now: NOW,
      logger,
    });

    expect(deleted).toEqual({ 'local-crm': 1 });
    expect(listLocalLeads({ db }).map((row) => row.lastName)).toEqual(['inside']);
  });

  it('local CRM (24 months): keeps a subscriber of 30 months, purges one unsubscribed before the cutoff', async () => {
    const cutoff = new Date('2024-12-04T12:00:00.000Z').getTime();
    const db = openDatabase(':memory:');
    const crm = new LocalCrm(db);
    const subscribe = (email: string) =>
      crm.subscribeToNewsletter({
        submissionId: `subscribe-${email}`,
        email,
        consent: { text: 'Send me the newsletter', version: '1', givenAt: new Date() },
      });
    const unsubscribe = (email: string) =>
      crm.unsubscribeFromNewsletter({
        submissionId: `unsubscribe-${email}`,
        email,
        at: new Date(),
      });

    vi.setSystemTime(new Date('2024-06-04T12:00:00.000Z'));
    const { id: active } = await subscribe('active@example.com');
    const { id: leftLongAgo } = await subscribe('left-long-ago@example.com');
    const { id: leftRecently } = await subscribe('left-recently@example.com');
    vi.setSystemTime(cutoff - SECOND);
    await unsubscribe('left-long-ago@example.com');
    vi.setSystemTime(cutoff + SECOND);
    await unsubscribe('left-recently@example.com');
    vi.setSystemTime(NOW);

    const { logger } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: { 'local-crm': (date) => purgeLocalCrmOlderThan(date, db) },
      now: NOW,
      logger,
    });

    // The Lead and its one consent record.
    expect(deleted).toEqual({ 'local-crm': 2 });
    const kept = [active, leftRecently].sort();
    expect(
      listLocalLeads({ db })
        .map((lead) => lead.id)
        .sort(),
    ).toEqual(kept);
    expect(
      listLocalConsents({ db })
        .map((consent) => consent.personId)
        .sort(),
    ).toEqual(kept);
    expect(listLocalLeads({ db }).map((lead) => lead.id)).not.toContain(leftLongAgo);
  });

  it('local mailbox (6 months): keeps a mail stored just inside, deletes one just outside', async () => {
    const cutoff = new Date('2026-06-04T12:00:00.000Z').getTime();
    const dir = mkdtempSync(path.join(tmpdir(), 'portico-mailbox-'));
    const mailbox = createLocalMailbox(dir, 'Portico <no-reply@example.com>');
    const storeAt = async (subject: string, at: number) => {
      await mailbox.send({ to: 'a@example.com', subject, text: 'Hello' });
      const entry = (await listMailbox(dir)).find((mail) => mail.subject === subject);
      // The mailbox dates a mail by its file's time.
      const file = readdirSync(dir).find((name) => name.startsWith(entry?.id ?? '-'));
      utimesSync(path.join(dir, file ?? ''), new Date(at), new Date(at));
    };
    await storeAt('outside', cutoff - SECOND);
    await storeAt('inside', cutoff + SECOND);

    const { logger } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: { mailbox: (date) => purgeMailboxFilesBefore(dir, date) },
      now: NOW,
      logger,
    });

    expect(deleted).toEqual({ mailbox: 1 });
    expect((await listMailbox(dir)).map((mail) => mail.subject)).toEqual(['inside']);
  });

  it('logs counts only, and keeps purging the other stores when one fails', () => {
    const { logger, lines } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: {
        outbox: () => {
          throw new Error('disk I/O error');
        },
        'consent-log': () => 3,
      },
      now: NOW,
      logger,
    });
    expect(deleted).toEqual({ 'consent-log': 3 });
    expect(lines.map((line) => line.event)).toEqual(['retention.purge_failed', 'retention.purged']);
    expect(lines[1]).toMatchObject({ deleted: { 'consent-log': 3 } });
  });
});

describe('scheduleRetentionPurge', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('purges at start and then each interval, with the cutoff moving with the clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const cutoffs: Date[] = [];
    const { logger } = capturingLogger();
    const schedule = scheduleRetentionPurge({
      purgers: { 'consent-log': (cutoff) => (cutoffs.push(cutoff), 0) },
      logger,
      intervalMs: 60_000,
    });
    expect(cutoffs).toEqual([new Date('2025-11-04T12:00:00.000Z')]);
    vi.advanceTimersByTime(60_000);
    expect(cutoffs[1]).toEqual(new Date('2025-11-04T12:01:00.000Z'));
    schedule.stop();
    vi.advanceTimersByTime(60_000);
    expect(cutoffs).toHaveLength(2);
  });
});

describe('STORE_PURGERS', () => {
  it('has a purge function for every local store the register keeps data in', () => {
    const missing = Object.entries(STORE_PURGERS)
      .filter(([, purge]) => purge === null)
      .map(([store]) => store);
    expect(missing, `stores without a purge function: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('purgeExpiredRecords on the local ATS (6 months, job applications)', () => {
  it('keeps an application made just inside, deletes one just outside, keeps the jobs', async () => {
    const { LocalAts } = await import('@/lib/ats/local/local-ats');
    const { listLocalApplications, purgeLocalAtsOlderThan, seedLocalAts } =
      await import('@/lib/ats/local/records');
    const cutoff = new Date('2026-06-04T12:00:00.000Z').getTime();
    const db = openDatabase(':memory:');
    seedLocalAts(db);
    const apply = (email: string, at: number) =>
      new LocalAts(db, () => new Date(at)).apply({
        submissionId: email,
        jobId: 4001,
        firstName: 'A',
        lastName: 'B',
        email,
        resume: {
          fileName: 'cv.txt',
          format: 'txt',
          mediaType: 'text/plain',
          bytes: new Uint8Array([65]),
        },
      });
    await apply('outside@example.com', cutoff - SECOND);
    await apply('inside@example.com', cutoff + SECOND);

    const { logger } = capturingLogger();
    const deleted = purgeExpiredRecords({
      purgers: { 'local-ats': (date) => purgeLocalAtsOlderThan(date, db) },
      now: NOW,
      logger,
    });

    // The application and its candidate, who has no other.
    expect(deleted).toEqual({ 'local-ats': 2 });
    expect(listLocalApplications({ db }).map((row) => row.email)).toEqual(['inside@example.com']);
    expect(db.prepare('SELECT count(*) AS n FROM ats_jobs').get()).toEqual({ n: 36 });
  });
});
