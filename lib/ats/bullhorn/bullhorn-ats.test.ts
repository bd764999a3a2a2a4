import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { AtsError, type ApplicationInput } from '@/lib/ats/port';
import { startFakeBullhorn, type FakeBullhorn } from '@/tests/support/fake-bullhorn';
import { seedFakeJobOrders } from '@/tests/support/fake-bullhorn-jobs';

import { BullhornAts } from './bullhorn-ats';

const logged: unknown[] = [];
vi.mock('@/lib/log', () => ({
  getLogger: () => ({ warn: (fields: unknown, event: string) => logged.push({ fields, event }) }),
}));

let fake: FakeBullhorn;
let ats: BullhornAts;
beforeEach(async () => {
  logged.length = 0;
  fake = await startFakeBullhorn({ jobs: seedFakeJobOrders() });
  ats = new BullhornAts({ restUrl: fake.restUrl, timeoutMs: 300 });
});
afterEach(async () => {
  await fake.close();
});

const application: ApplicationInput = {
  submissionId: 'fault-1',
  jobId: 4001,
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  phone: '+44 20 7946 0018',
  resume: {
    fileName: 'ada.pdf',
    format: 'pdf',
    mediaType: 'application/pdf',
    bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a]),
  },
};

async function failure(call: Promise<unknown>): Promise<AtsError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AtsError);
  return error as AtsError;
}

const list = () => ats.searchJobs({ start: 0, count: 5 });

describe('BullhornAts faults', () => {
  it.each([
    ['server-error', 'http_500'],
    ['unavailable', 'http_503'],
    ['drop', 'connection_failed'],
    ['malformed-json', 'malformed_response'],
  ] as const)('classifies %s as %s, retryable', async (fault, code) => {
    fake.injectFault({ fault, times: 1 });
    expect(await failure(list())).toMatchObject({ code, retryable: true });
    expect((await list()).total).toBe(31);
  });

  it('gives up on a slow answer at the deadline, retryable', async () => {
    fake.injectFault({ fault: 'slow', delayMs: 2000, times: 1 });
    const startedAt = Date.now();
    expect(await failure(ats.getJob(4001))).toMatchObject({ code: 'timeout', retryable: true });
    expect(Date.now() - startedAt).toBeLessThan(1500);
  });

  it('waits for a slow answer that comes within the deadline', async () => {
    fake.injectFault({ fault: 'slow', delayMs: 50, times: 1 });
    expect((await ats.getJob(4001))?.title).toBe('Senior Accountant');
  });

  it('classifies a refused connection as retryable', async () => {
    await fake.close();
    expect(await failure(list())).toMatchObject({ code: 'connection_failed', retryable: true });
    fake = await startFakeBullhorn();
  });

  it('answers a fault for a time window, then recovers', async () => {
    fake.injectFault({ fault: 'unavailable', forMs: 150 });
    expect(await failure(list())).toMatchObject({ code: 'http_503' });
    expect(await failure(list())).toMatchObject({ code: 'http_503' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await list()).jobs).toHaveLength(5);
  });

  it('refuses an application to a closed job for good, with the status as code', async () => {
    expect(await failure(ats.apply({ ...application, jobId: 4006 }))).toMatchObject({
      code: 'http_400',
      retryable: false,
    });
    expect(await failure(ats.apply({ ...application, jobId: 99 }))).toMatchObject({
      code: 'http_404',
      retryable: false,
    });
  });

  it.each([
    ['drop', { takesEffect: true }],
    ['malformed-json', {}],
    ['slow', { delayMs: 1000 }],
  ] as const)(
    'keeps one application when an apply that took effect is redelivered after %s',
    async (fault, options) => {
      fake.injectFault({ fault, times: 1, pathIncludes: '/apply/', ...options });
      expect((await failure(ats.apply(application))).retryable).toBe(true);
      const { candidateId } = await ats.apply(application);

      const candidates = fake.candidates();
      expect(candidates.map((candidate) => String(candidate.id))).toEqual([candidateId]);
      expect(candidates[0]?.applications).toHaveLength(1);
    },
  );

  it('stores nothing when a dropped apply did not take effect, and the retry succeeds', async () => {
    fake.injectFault({ fault: 'drop', times: 1, pathIncludes: '/apply/' });
    await failure(ats.apply(application));
    expect(fake.candidates()).toEqual([]);
    await ats.apply(application);
    expect(fake.candidates()).toHaveLength(1);
  });

  it('logs failures with codes only, never the applicant', async () => {
    fake.injectFault({ fault: 'server-error', times: 1 });
    await failure(ats.apply(application));
    const line = JSON.stringify(logged);
    expect(logged).toHaveLength(1);
    expect(line).toContain('http_500');
    for (const personal of ['Ada', 'Lovelace', 'ada@example.com', '7946']) {
      expect(line).not.toContain(personal);
    }
  });

  it('sends the applicant in the query and the resume as the multipart part "resume"', async () => {
    const { candidateId } = await ats.apply(application);
    const [candidate] = fake.candidates();
    expect(candidate).toMatchObject({
      id: Number(candidateId),
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      phone: '+44 20 7946 0018',
    });
    expect(candidate?.applications[0]?.resume).toMatchObject({
      fileName: 'ada.pdf',
      format: 'pdf',
    });
    expect(fake.requests.at(-1)).toEqual({
      method: 'POST',
      path: '/rest-services/FAKE1/apply/4001/raw',
      status: 200,
    });
  });
});
