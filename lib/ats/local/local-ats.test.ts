import { createHash } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { AtsError, type ApplicationInput } from '@/lib/ats/port';
import { openDatabase } from '@/lib/db';

import { LocalAts } from './local-ats';
import {
  addGeneratedLocalJobs,
  getLocalResume,
  listLocalApplications,
  purgeLocalAtsOlderThan,
  seedLocalAts,
} from './records';
import { SEED_JOBS } from './seed-jobs';

function seededAts(now = () => new Date('2026-12-01T10:00:00Z')) {
  const db = openDatabase(':memory:');
  seedLocalAts(db);
  return { db, ats: new LocalAts(db, now) };
}

function application(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  return {
    submissionId: 'sub-1',
    jobId: 4001,
    firstName: 'Grace',
    lastName: 'Hopper',
    email: 'grace@example.com',
    resume: {
      fileName: 'cv.pdf',
      format: 'pdf',
      mediaType: 'application/pdf',
      bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]),
    },
    ...overrides,
  };
}

describe('the seeded local ATS', () => {
  it('lists the 31 open public jobs, newest first, and none closed, withdrawn or deleted', async () => {
    const { ats } = seededAts();
    const page = await ats.searchJobs({ start: 0, count: 100 });
    expect(SEED_JOBS).toHaveLength(36);
    expect(page.total).toBe(31);
    expect(page.jobs.every((job) => job.status === 'open')).toBe(true);
    const times = page.jobs.map((job) => job.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(page.jobs.map((job) => job.title)).not.toContain('Database Administrator');
  });

  it('answers a deleted job as closed rather than unknown', async () => {
    const { ats } = seededAts();
    const deleted = SEED_JOBS.find((job) => job.isDeleted);
    expect((await ats.getJob(deleted?.id ?? 0))?.status).toBe('closed');
    expect(await ats.getJob(999_999)).toBeNull();
  });

  it('counts open jobs per category, city and employment type', async () => {
    const { ats } = seededAts();
    const facets = await ats.facets();
    const sum = (rows: { count: number }[]) => rows.reduce((total, row) => total + row.count, 0);
    // One open job has no category and four are remote (no city).
    expect(sum(facets.categories)).toBe(30);
    expect(sum(facets.employmentTypes)).toBe(31);
    expect(facets.cities.map((row) => row.city)).toEqual([
      'Boston',
      'Burlington',
      'Hartford',
      'Nashua',
      'Portland',
      'Providence',
    ]);
  });

  it('finds words by their start in the title or the description, not inside tags', async () => {
    const { ats } = seededAts();
    const titles = async (keyword: string) =>
      (await ats.searchJobs({ keyword, start: 0, count: 50 })).jobs.map((job) => job.title);
    expect(await titles('jav')).toEqual(['Senior Java Developer']);
    expect(await titles('KUBERNETES terraform')).toEqual(['DevOps Engineer']);
    expect(await titles('strong')).toEqual([]);
    expect(await titles('ava')).toEqual([]);
  });

  it('stays seeded once: closing every job does not bring the seed back', () => {
    const { db } = seededAts();
    db.exec('DELETE FROM ats_jobs');
    seedLocalAts(db);
    expect(db.prepare('SELECT count(*) AS n FROM ats_jobs').get()).toEqual({ n: 0 });
  });

  it('adds generated jobs for the benchmark', async () => {
    const { db, ats } = seededAts();
    addGeneratedLocalJobs(2000, { db });
    expect((await ats.searchJobs({ start: 0, count: 1 })).total).toBe(2031);
  });
});

describe('applying to the local ATS', () => {
  it('keeps the resume byte for byte and lists the application', async () => {
    const { db, ats } = seededAts();
    const input = application();
    const { candidateId } = await ats.apply(input);
    const [listed] = listLocalApplications({ db });
    expect(listed).toMatchObject({
      candidateId: Number(candidateId),
      email: 'grace@example.com',
      jobTitle: 'Senior Accountant',
      resume: {
        fileName: 'cv.pdf',
        size: 6,
        sha256: createHash('sha256').update(input.resume.bytes).digest('hex'),
      },
    });
    expect(getLocalResume(listed?.id ?? 0, db)?.bytes).toEqual(input.resume.bytes);
  });

  it('changes nothing on a redelivery and keeps one candidate per email', async () => {
    const { db, ats } = seededAts();
    const first = await ats.apply(application());
    expect(await ats.apply(application())).toEqual(first);
    const other = await ats.apply(application({ submissionId: 'sub-2', jobId: 4002 }));
    expect(other).toEqual(first);
    expect(listLocalApplications({ db })).toHaveLength(2);
  });

  it.each([
    [999_999, 'job_not_found'],
    [4006, 'job_closed'],
  ])('refuses job %i with %s, not retryable', async (jobId, code) => {
    const { db, ats } = seededAts();
    const error = await ats.apply(application({ jobId })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AtsError);
    expect(error).toMatchObject({ code, retryable: false });
    expect(listLocalApplications({ db })).toEqual([]);
  });

  it('purges applications and candidates older than the cutoff, and keeps the jobs', async () => {
    let now = new Date('2026-01-01T00:00:00Z');
    const { db, ats } = seededAts(() => now);
    await ats.apply(application());
    now = new Date('2026-06-01T00:00:00Z');
    await ats.apply(application({ submissionId: 'sub-2', email: 'alan@example.com' }));

    expect(purgeLocalAtsOlderThan(new Date('2026-03-01T00:00:00Z'), db)).toBe(2);
    expect(listLocalApplications({ db }).map((row) => row.email)).toEqual(['alan@example.com']);
    expect(db.prepare('SELECT count(*) AS n FROM ats_jobs').get()).toEqual({ n: 36 });
  });
});
