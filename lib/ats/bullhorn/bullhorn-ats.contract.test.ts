import { vi } from 'vitest';

import { describeAtsContract } from '@/lib/ats/contract';
import { startFakeBullhorn } from '@/tests/support/fake-bullhorn';
import { toFakeJobOrder } from '@/tests/support/fake-bullhorn-jobs';

import { BullhornAts } from './bullhorn-ats';

vi.stubEnv('LOG_LEVEL', 'error');

describeAtsContract('Bullhorn on the fake Bullhorn', async () => {
  const fake = await startFakeBullhorn();
  return {
    ats: new BullhornAts({ restUrl: fake.restUrl, timeoutMs: 5000 }),
    addJobs: async (jobs) => fake.putJobs(jobs.map(toFakeJobOrder)),
    applications: async () =>
      fake.candidates().flatMap((candidate) =>
        candidate.applications.map((application) => ({
          candidateId: String(candidate.id),
          email: candidate.email,
          jobId: application.jobId,
          resumeFileName: application.resume.fileName,
          resumeBytes: new Uint8Array(Buffer.from(application.resume.base64, 'base64')),
        })),
      ),
    close: async () => fake.close(),
  };
});
