import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describeAtsContract } from '@/lib/ats/contract';
import { openDatabase } from '@/lib/db';

import { insertLocalJobs } from './jobs-table';
import { LocalAts } from './local-ats';
import { getLocalResume, listLocalApplications } from './records';

describeAtsContract('local SQLite', async () => {
  const db = openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'local-ats-')), 'ats.db'));
  const ats = new LocalAts(db);
  return {
    ats,
    addJobs: async (jobs) => insertLocalJobs(db, jobs),
    applications: async () =>
      listLocalApplications({ db }).map((application) => ({
        candidateId: String(application.candidateId),
        email: application.email,
        jobId: application.jobId,
        resumeFileName: application.resume.fileName,
        resumeBytes: getLocalResume(application.id, db)?.bytes ?? new Uint8Array(),
      })),
    close: async () => {
      db.close();
    },
  };
});
