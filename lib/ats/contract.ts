/**
 * The Ats port's contract: one suite that every adapter must pass, each against its own
 * backend (the local SQLite ATS; the Bullhorn adapter against the fake Bullhorn).
 * @module
 */
import { createHash } from 'node:crypto';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { LocalJobInput } from '@/lib/ats/local/seed-jobs';
import { AtsError, type ApplicationInput, type Ats, type JobSearch } from '@/lib/ats/port';

/** An application as the backend holds it, in the port's words. */
export interface ApplicationView {
  candidateId: string;
  email: string;
  jobId: number;
  resumeFileName: string;
  resumeBytes: Uint8Array;
}

/** An adapter under test, with a way to add jobs and a look into its backend. */
export interface AtsContractBackend {
  ats: Ats;
  /** Adds jobs as a recruiter would in the ATS; the backend starts with none. */
  addJobs(jobs: readonly LocalJobInput[]): Promise<void>;
  applications(): Promise<ApplicationView[]>;
  close(): Promise<void>;
}

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 20, 12, 0, 0);
const IT = { id: 3100, name: 'Information Technology' };
const HEALTH = { id: 3200, name: 'Healthcare' };
const FINANCE = { id: 3300, name: 'Accounting & Finance' };
const INDUSTRIAL = { id: 3400, name: 'Light Industrial' };
const BOSTON = { city: 'Boston', state: 'MA', zip: '02110' };

function job(
  id: number,
  title: string,
  fields: Partial<LocalJobInput> & { daysAgo: number },
): LocalJobInput {
  const { daysAgo, ...rest } = fields;
  return {
    id,
    title,
    descriptionHtml: `<p>${title}.</p>`,
    category: IT,
    location: BOSTON,
    employmentType: 'Contract',
    publishedAt: new Date(NOW - daysAgo * DAY),
    salary: null,
    ...rest,
  };
}

/** Five listed jobs and three that must never be listed. */
export const CONTRACT_JOBS: readonly LocalJobInput[] = [
  job(7001, 'Senior Java Developer', {
    daysAgo: 0,
    employmentType: 'Contract To Hire',
    descriptionHtml: '<p>REST services in <em>Java</em> and Spring.</p>',
    salary: { amount: 85, unit: 'Per Hour' },
  }),
  job(7002, 'Registered Nurse', {
    daysAgo: 1,
    category: HEALTH,
    location: { city: 'Winston-Salem', state: 'NC', zip: '27101' },
    descriptionHtml: '<p>Night shifts on a <strong>surgical</strong> ward.</p>',
  }),
  job(7003, 'Accountant', {
    daysAgo: 2,
    category: FINANCE,
    location: { city: "Coeur d'Alene", state: 'ID', zip: '83814' },
    employmentType: 'Direct Hire',
    descriptionHtml: '<p>Month-end close and audits.</p>',
    salary: { amount: 72000, unit: 'Per Year' },
  }),
  job(7004, 'Data Engineer (Java/Scala)', {
    daysAgo: 3,
    employmentType: 'Direct Hire',
    descriptionHtml: '<p>Pipelines for a logistics firm.</p>',
  }),
  job(7005, 'Warehouse Associate', {
    daysAgo: 4,
    category: INDUSTRIAL,
    location: { city: 'Nashua', state: 'NH', zip: '03060' },
  }),
  job(7006, 'Closed Java Role', { daysAgo: 0.5, isOpen: false }),
  job(7007, 'Withdrawn Java Role', { daysAgo: 0.5, isPublic: false }),
  job(7008, 'Deleted Java Role', { daysAgo: 0.5, isDeleted: true }),
];

const LISTED_NEWEST_FIRST = [7001, 7002, 7003, 7004, 7005];

/** Every byte value, then a stretch that is not valid UTF-8, so any text decoding shows. */
const RESUME_BYTES = new Uint8Array([
  ...Array.from({ length: 256 }, (_, index) => index),
  ...Array.from({ length: 5000 }, (_, index) => (index * 7919) % 251),
  0xff,
  0xfe,
  0x00,
]);

let sequence = 0;

function applicationInput(overrides: Partial<ApplicationInput> = {}): ApplicationInput {
  sequence += 1;
  return {
    submissionId: `contract-${Date.now()}-${sequence}`,
    jobId: 7001,
    firstName: 'Grace',
    lastName: "O'Hopper",
    email: 'grace@example.com',
    phone: '+1 555 0100',
    motivation: 'I like "compilers" & (parentheses).',
    resume: {
      fileName: 'grace hopper cv.pdf',
      format: 'pdf',
      mediaType: 'application/pdf',
      bytes: RESUME_BYTES,
    },
    ...overrides,
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Registers the contract suite for one adapter; `setup` runs before each case. */
export function describeAtsContract(name: string, setup: () => Promise<AtsContractBackend>): void {
  describe(`Ats contract: ${name}`, () => {
    let backend: AtsContractBackend;
    beforeEach(async () => {
      backend = await setup();
      await backend.addJobs(CONTRACT_JOBS);
    });
    afterEach(async () => {
      await backend.close();
    });

    const ids = async (search: Partial<JobSearch>) =>
      (await backend.ats.searchJobs({ start: 0, count: 50, ...search })).jobs.map((j) => j.id);

    describe('searchJobs', () => {
      it('lists only open, public, undeleted jobs, newest first', async () => {
        const page = await backend.ats.searchJobs({ start: 0, count: 50 });
        expect(page.jobs.map((j) => j.id)).toEqual(LISTED_NEWEST_FIRST);
        expect(page.total).toBe(5);
        expect(page.start).toBe(0);
        expect(page.jobs.every((j) => j.status === 'open')).toBe(true);
      });

      it('pages with start and count, keeping the total', async () => {
        const page = await backend.ats.searchJobs({ start: 2, count: 2 });
        expect(page).toMatchObject({ total: 5, start: 2 });
        expect(page.jobs.map((j) => j.id)).toEqual([7003, 7004]);
        const beyond = await backend.ats.searchJobs({ start: 10, count: 2 });
        expect(beyond).toMatchObject({ jobs: [], total: 5, start: 10 });
      });

      it('sorts oldest first and by title', async () => {
        expect(await ids({ sort: 'oldest' })).toEqual([...LISTED_NEWEST_FIRST].reverse());
        expect(await ids({ sort: 'title' })).toEqual([7003, 7004, 7002, 7001, 7005]);
      });

      it('filters by category, city and employment type, alone and together', async () => {
        expect(await ids({ categoryId: IT.id })).toEqual([7001, 7004]);
        expect(await ids({ city: 'Winston-Salem' })).toEqual([7002]);
        expect(await ids({ city: "Coeur d'Alene" })).toEqual([7003]);
        expect(await ids({ employmentType: 'Direct Hire' })).toEqual([7003, 7004]);
        expect(
          await ids({ categoryId: IT.id, city: 'Boston', employmentType: 'Direct Hire' }),
        ).toEqual([7004]);
        expect(await ids({ city: 'Springfield' })).toEqual([]);
      });

      it('finds keywords as word starts in the title and description, in any case', async () => {
        expect(await ids({ keyword: 'java' })).toEqual([7001, 7004]);
        expect(await ids({ keyword: 'JAV' })).toEqual([7001, 7004]);
        expect(await ids({ keyword: 'scala' })).toEqual([7004]);
        expect(await ids({ keyword: 'surgical ward' })).toEqual([7002]);
        expect(await ids({ keyword: 'ava' })).toEqual([]);
        // Markup is not text: "em" and "strong" are tags here.
        expect(await ids({ keyword: 'strong' })).toEqual([]);
      });

      it.each([
        ['"java', [7001, 7004]],
        ['java*', [7001, 7004]],
        ['java)', [7001, 7004]],
        ['(java OR', []],
        [') OR (isOpen:0', []],
        ['title:java', []],
        ['AND', [7001, 7003]],
        ['*', LISTED_NEWEST_FIRST],
        ['\\', LISTED_NEWEST_FIRST],
        ["'; DROP TABLE jobs; --", []],
        ['Winston-Salem', []],
      ])('treats the hostile keyword %j as plain words', async (keyword, expected) => {
        expect(await ids({ keyword })).toEqual(expected);
      });

      it('treats hostile filter values as plain values', async () => {
        expect(await ids({ city: 'Boston") OR (isOpen:0' })).toEqual([]);
        expect(await ids({ employmentType: "Contract' OR '1'='1" })).toEqual([]);
        expect(await ids({ city: '*' })).toEqual([]);
      });
    });

    describe('facets', () => {
      it('counts the open jobs by category, city and employment type', async () => {
        expect(await backend.ats.facets()).toEqual({
          categories: [
            { ...FINANCE, count: 1 },
            { ...HEALTH, count: 1 },
            { ...IT, count: 2 },
            { ...INDUSTRIAL, count: 1 },
          ],
          cities: [
            { city: 'Boston', count: 2 },
            { city: "Coeur d'Alene", count: 1 },
            { city: 'Nashua', count: 1 },
            { city: 'Winston-Salem', count: 1 },
          ],
          employmentTypes: [
            { name: 'Contract', count: 2 },
            { name: 'Contract To Hire', count: 1 },
            { name: 'Direct Hire', count: 2 },
          ],
        });
      });
    });

    describe('getJob', () => {
      it('answers an open job with every field', async () => {
        expect(await backend.ats.getJob(7001)).toEqual({
          id: 7001,
          title: 'Senior Java Developer',
          descriptionHtml: '<p>REST services in <em>Java</em> and Spring.</p>',
          category: IT,
          location: BOSTON,
          employmentType: 'Contract To Hire',
          publishedAt: new Date(NOW),
          salary: { amount: 85, unit: 'Per Hour' },
          status: 'open',
        });
        expect((await backend.ats.getJob(7002))?.salary).toBeNull();
      });

      it.each([7006, 7007, 7008])('answers job %i, which is not listed, as closed', async (id) => {
        expect(await backend.ats.getJob(id)).toMatchObject({ id, status: 'closed' });
      });

      it.each([999_999, 0, -1, 1.5])(
        'answers null for job %d, which was never there',
        async (id) => {
          expect(await backend.ats.getJob(id)).toBeNull();
        },
      );
    });

    describe('apply', () => {
      it('stores the application with its resume byte for byte', async () => {
        const input = applicationInput();
        const { candidateId } = await backend.ats.apply(input);

        expect(candidateId).toMatch(/^\S+$/);
        const [stored, ...others] = await backend.applications();
        expect(others).toEqual([]);
        expect(stored).toMatchObject({
          candidateId,
          email: 'grace@example.com',
          jobId: 7001,
          resumeFileName: 'grace hopper cv.pdf',
        });
        expect(sha256(stored?.resumeBytes ?? new Uint8Array())).toBe(sha256(RESUME_BYTES));
        expect(stored?.resumeBytes).toEqual(RESUME_BYTES);
      });

      it('keeps a file name with accents, quotes and spaces as it was', async () => {
        const fileName = 'Lebenslauf Müller "final" (2).pdf';
        const input = applicationInput();
        await backend.ats.apply({ ...input, resume: { ...input.resume, fileName } });
        expect((await backend.applications())[0]?.resumeFileName).toBe(fileName);
      });

      it('refuses an application without an email for good', async () => {
        const error = await backend.ats
          .apply(applicationInput({ email: '' }))
          .catch((caught: unknown) => caught);
        expect(error).toMatchObject({ retryable: false });
        expect(error).toBeInstanceOf(AtsError);
        expect(await backend.applications()).toEqual([]);
      });

      it('changes nothing when the same application is delivered again', async () => {
        const input = applicationInput();
        const first = await backend.ats.apply(input);
        expect(await backend.ats.apply(input)).toEqual(first);
        expect(await backend.applications()).toHaveLength(1);
      });

      it('keeps one candidate per email across jobs', async () => {
        const first = await backend.ats.apply(applicationInput());
        const second = await backend.ats.apply(applicationInput({ jobId: 7004 }));
        expect(second).toEqual(first);
        expect((await backend.applications()).map((a) => a.jobId).sort()).toEqual([7001, 7004]);
      });

      it('keeps one application per candidate and job, however often the person applies', async () => {
        const first = await backend.ats.apply(applicationInput());
        const again = await backend.ats.apply(applicationInput());
        expect(again).toEqual(first);
        expect((await backend.applications()).map((a) => a.jobId)).toEqual([7001]);
      });

      it.each([
        ['closed', 7006],
        ['withdrawn', 7007],
        ['deleted', 7008],
        ['unknown', 999_999],
      ])('refuses a %s job for good and stores nothing', async (_label, jobId) => {
        const error = await backend.ats
          .apply(applicationInput({ jobId }))
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(AtsError);
        expect(error).toMatchObject({ retryable: false });
        expect(await backend.applications()).toEqual([]);
      });
    });
  });
}
