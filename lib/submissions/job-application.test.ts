import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { LocalAts } from '@/lib/ats/local/local-ats';
import { getLocalResume, listLocalApplications, seedLocalAts } from '@/lib/ats/local/records';
import { AtsError, type Ats, type ApplicationInput } from '@/lib/ats/port';
import { openDatabase } from '@/lib/db';
import { createLogger } from '@/lib/log';
import type { Mailer } from '@/lib/mail/port';
import { createOutbox, type Outbox } from '@/lib/outbox/outbox';
import { createOutboxWorker, type OutboxWorker } from '@/lib/outbox/worker';
import { createDeliveryHandlers } from '@/lib/submissions/handlers';
import { jobApplicationPayloadSchema } from '@/lib/submissions/schemas';
import { paddedPdf } from '@/tests/support/resume-samples';

const SECRET = 'job-application-test-secret-long-enough-0123';
const workers: OutboxWorker[] = [];

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});

const noMail: Mailer = { send: () => Promise.reject(new Error('no mail expected')) };
const noCrm = () => {
  throw new Error('no CRM expected');
};

function setup(ats: Ats) {
  const dir = mkdtempSync(path.join(tmpdir(), 'job-application-'));
  const db = openDatabase(path.join(dir, 'portico.db'));
  const outbox = createOutbox(db, SECRET);
  const worker = createOutboxWorker({
    outbox,
    handlers: createDeliveryHandlers({ getCrm: noCrm, getMailer: () => noMail, getAts: () => ats }),
    logger: createLogger('silent'),
    tunables: { backoffBaseMs: 2, backoffCapMs: 5, pollMs: 20 },
  });
  workers.push(worker);
  return { db, outbox };
}

/** An ATS that only takes applications. */
function applyingAts(apply: Ats['apply']): Ats {
  const unused = () => Promise.reject(new Error('unused'));
  return { searchJobs: unused, getJob: unused, facets: unused, apply };
}

async function settled(outbox: Outbox, id: string): Promise<string> {
  for (let i = 0; i < 1_000; i += 1) {
    const state = outbox.store.get(id)?.state;
    if (state && state !== 'pending') return state;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`item ${id} still pending`);
}

function payload(jobId: number, resume: Buffer) {
  return jobApplicationPayloadSchema.parse({
    jobId,
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.test',
    motivation: 'Line one\n<b>literally</b>',
    resume: {
      fileName: 'cv.pdf',
      format: 'pdf',
      mediaType: 'application/pdf',
      base64: resume.toString('base64'),
    },
  });
}

describe('the job-application handler', () => {
  it('delivers the application and its resume byte for byte, then keeps no payload', async () => {
    const atsDb = openDatabase(':memory:');
    seedLocalAts(atsDb);
    const ats = new LocalAts(atsDb);
    const [job] = (await ats.searchJobs({ start: 0, count: 1 })).jobs;
    const resume = paddedPdf(5 * 1024 * 1024, 3);
    const { db, outbox } = setup(ats);

    const id = outbox.enqueue('job-application', payload(job!.id, resume));
    expect(await settled(outbox, id)).toBe('delivered');

    const [application] = listLocalApplications({ db: atsDb });
    expect(application).toMatchObject({
      submissionId: id,
      jobId: job!.id,
      firstName: 'Ada',
      email: 'ada@example.test',
      motivation: 'Line one\n<b>literally</b>',
    });
    expect(String(outbox.store.get(id)?.externalId)).toBe(String(application!.candidateId));
    const stored = getLocalResume(application!.id, atsDb);
    expect(createHash('sha256').update(stored!.bytes).digest('hex')).toBe(
      createHash('sha256').update(resume).digest('hex'),
    );
    const row = db
      .prepare<[string], { payload: Buffer | null; subject_hash: string | null }>(
        'SELECT payload, subject_hash FROM outbox WHERE id = ?',
      )
      .get(id);
    expect(row).toEqual({ payload: null, subject_hash: null });
  });

  it('passes the submission id on, and retries an unavailable ATS until it answers', async () => {
    const calls: ApplicationInput[] = [];
    const ats = applyingAts(async (application) => {
      calls.push(application);
      if (calls.length < 3) throw new AtsError('unavailable', '503', { retryable: true });
      return { candidateId: '4242' };
    });
    const { outbox } = setup(ats);
    const id = outbox.enqueue('job-application', payload(7, Buffer.from('%PDF-1.4\n')));
    expect(await settled(outbox, id)).toBe('delivered');
    expect(calls.map((call) => call.submissionId)).toEqual([id, id, id]);
    expect(Buffer.from(calls[2]!.resume.bytes).toString()).toBe('%PDF-1.4\n');
    expect(outbox.store.get(id)).toMatchObject({ externalId: '4242', attempts: 3 });
  });

  it('dead-letters an application the ATS refuses (a closed job) without retrying', async () => {
    let calls = 0;
    const ats = applyingAts(async () => {
      calls += 1;
      throw new AtsError('job_closed', 'closed', { retryable: false });
    });
    const { outbox } = setup(ats);
    const id = outbox.enqueue('job-application', payload(8, Buffer.from('%PDF-1.4\n')));
    expect(await settled(outbox, id)).toBe('dead');
    expect(outbox.store.get(id)).toMatchObject({ lastErrorCode: 'job_closed', attempts: 1 });
    expect(calls).toBe(1);
  });
});
