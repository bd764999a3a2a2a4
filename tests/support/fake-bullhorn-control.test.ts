import { afterAll, describe, expect, it, vi } from 'vitest';

import { BullhornAts } from '@/lib/ats/bullhorn/bullhorn-ats';
import type { ApplicationInput } from '@/lib/ats/port';

import { spawnFakeBullhorn, type FakeBullhornProcess } from './fake-bullhorn-control';

vi.stubEnv('LOG_LEVEL', 'error');

const running: FakeBullhornProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((fake) => fake.stop()));
});

const application: ApplicationInput = {
  submissionId: 'cli-1',
  jobId: 4001,
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@example.com',
  resume: {
    fileName: 'ada.txt',
    format: 'txt',
    mediaType: 'text/plain',
    bytes: new TextEncoder().encode('Ada Lovelace\nAnalytical engines\n'),
  },
};

describe('the fake Bullhorn as its own process', () => {
  it('serves the seed jobs, takes faults over HTTP, goes down and comes back on its port', async () => {
    const fake = await spawnFakeBullhorn();
    running.push(fake);
    expect(fake.env.BULLHORN_REST_URL).toBe(fake.restUrl);
    const ats = new BullhornAts({ restUrl: fake.restUrl, timeoutMs: 2000 });
    expect((await ats.searchJobs({ start: 0, count: 1 })).total).toBe(31);

    await fake.injectFault({ fault: 'unavailable', times: 1, pathIncludes: '/apply/' });
    await expect(ats.apply(application)).rejects.toMatchObject({ code: 'http_503' });
    const { candidateId } = await ats.apply(application);
    const [candidate] = await fake.candidates();
    expect(String(candidate?.id)).toBe(candidateId);
    expect(candidate?.applications[0]?.resume.base64).toBe(
      Buffer.from(application.resume.bytes).toString('base64'),
    );
    expect(
      (await fake.requests()).filter((r) => r.path.includes('/apply/')).map((r) => r.status),
    ).toEqual([503, 200]);

    await fake.stop();
    await expect(ats.getJob(4001)).rejects.toMatchObject({ code: 'connection_failed' });

    const back = await spawnFakeBullhorn({ port: fake.port });
    running.push(back);
    expect(back.restUrl).toBe(fake.restUrl);
    expect((await ats.getJob(4001))?.status).toBe('open');
    expect(await back.candidates()).toEqual([]);
  });
});
