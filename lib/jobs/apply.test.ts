import { describe, expect, it } from 'vitest';

import { AtsError, type Job } from '@/lib/ats/port';
import { openDatabase } from '@/lib/db';
import { MIN_FILL_MS, sealStartedAt, STARTED_AT_FIELD } from '@/lib/forms/fill-time';
import { HONEYPOT_FIELD } from '@/lib/forms/honeypot';
import { createReceipts, type Receipts } from '@/lib/forms/receipts';
import {
  paddedPdf,
  sampleDocx,
  sampleExecutable,
  sampleHtml,
} from '@/tests/support/resume-samples';

import { APPLY_THANKS, applyForJob, JOB_CLOSED_MESSAGE, type ApplyDependencies } from './apply';
import { CheckedResume, JOB_NOT_FOUND_MESSAGE } from './apply-schema';
import { RESUME_MESSAGES } from './resume-file';

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';
const NOW = 1_800_000_000_000;
let address = 0;

function job(id: number, status: Job['status']): Job {
  return {
    id,
    title: `Job ${id}`,
    descriptionHtml: '<p>x</p>',
    category: null,
    location: { city: 'Utrecht', state: '', zip: '' },
    employmentType: 'Direct Hire',
    publishedAt: new Date(NOW),
    salary: null,
    status,
  };
}
const JOBS = new Map([
  [7, job(7, 'open')],
  [8, job(8, 'closed')],
]);

async function post(fields: Record<string, string | Blob> = {}) {
  const form = new FormData();
  form.set(STARTED_AT_FIELD, await sealStartedAt(SECRET, NOW - MIN_FILL_MS));
  const all: Record<string, string | Blob> = {
    jobId: '7',
    firstName: 'José',
    lastName: "Núñez O'Brien",
    email: 'jose@example.com',
    phone: '',
    motivation: '  Line one\r\n<b>kept</b> literally  ',
    resume: new File([new Uint8Array(sampleDocx())], 'cv.docx', {
      type: 'text/html',
    }),
    consent: 'yes',
    ...fields,
  };
  for (const [key, value] of Object.entries(all)) form.set(key, value);
  return form;
}

function setup(
  getJob: ApplyDependencies['getAts'] = () => ({ getJob: async (id) => JOBS.get(id) ?? null }),
) {
  const enqueued: Array<Parameters<ApplyDependencies['enqueue']>> = [];
  const dependencies: ApplyDependencies = {
    jobCheckTimeoutMs: 200,
    getAts: getJob,
    enqueue: (...args) => {
      enqueued.push(args);
    },
  };
  const receipts: Receipts = createReceipts(openDatabase(':memory:'));
  const apply = (form: unknown) =>
    applyForJob(
      form,
      {
        form: 'job-application',
        secret: SECRET,
        clientAddress: `192.0.2.${(address += 1) % 250}`,
        receipts,
        now: NOW,
      },
      dependencies,
    );
  return { enqueued, apply };
}

describe('applyForJob', () => {
  it('enqueues a valid application with its checked resume and a confirmation mail', async () => {
    const { enqueued, apply } = setup();
    const state = await apply(await post());
    expect(state).toMatchObject({ status: 'success', message: APPLY_THANKS });
    expect(enqueued).toHaveLength(1);
    const [application, mail] = enqueued[0]!;
    expect(application).toMatchObject({
      jobId: 7,
      firstName: 'José',
      lastName: "Núñez O'Brien",
      email: 'jose@example.com',
      phone: '',
      motivation: 'Line one\n<b>kept</b> literally',
      consent: 'yes',
    });
    expect(application.resume).toBeInstanceOf(CheckedResume);
    expect(application.resume).toMatchObject({
      fileName: 'cv.docx',
      format: 'docx',
      mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(Buffer.from(application.resume.bytes).equals(sampleDocx())).toBe(true);
    expect(mail).toMatchObject({
      to: 'jose@example.com',
      subject: expect.stringMatching(/application/),
    });
    // The mail quotes the job, never what the applicant typed.
    expect(mail?.text).toContain('“Job 7”');
    expect(mail?.text).not.toContain('José');
  });

  it('stores a repeated post once', async () => {
    const { enqueued, apply } = setup();
    const form = await post();
    expect((await apply(form)).status).toBe('success');
    expect((await apply(form)).status).toBe('success');
    expect(enqueued).toHaveLength(1);
  });

  it.each([
    [
      'an executable called resume.pdf',
      new File([new Uint8Array(sampleExecutable())], 'resume.pdf', { type: 'application/pdf' }),
      RESUME_MESSAGES.unknownType,
    ],
    [
      'a web page called resume.pdf',
      new File([new Uint8Array(sampleHtml())], 'resume.pdf', { type: 'application/pdf' }),
      RESUME_MESSAGES.unknownType,
    ],
    ['an empty file', new File([], 'cv.pdf'), RESUME_MESSAGES.empty],
    ['no file chosen', new File([], ''), RESUME_MESSAGES.missing],
    ['text in place of a file', 'cv.pdf', RESUME_MESSAGES.missing],
    [
      'a file over 5 MB',
      new File([new Uint8Array(paddedPdf(6 * 1024 * 1024))], 'cv.pdf'),
      RESUME_MESSAGES.tooLarge,
    ],
  ])(
    'refuses %s with the resume field’s message, storing nothing',
    async (_case, resume, message) => {
      const { enqueued, apply } = setup();
      const state = await apply(await post({ resume }));
      expect(state).toMatchObject({ status: 'invalid', fieldErrors: { resume: message } });
      expect(enqueued).toEqual([]);
    },
  );

  it('needs the consent box ticked', async () => {
    const { enqueued, apply } = setup();
    const form = await post();
    form.delete('consent');
    const state = await apply(form);
    expect(state.fieldErrors.consent).toMatch(/privacy statement/);
    expect(enqueued).toEqual([]);
  });

  it.each([
    ['an unknown job', '99', JOB_NOT_FOUND_MESSAGE],
    ['a closed job', '8', JOB_CLOSED_MESSAGE],
  ])('refuses %s with a clear message, storing nothing', async (_case, jobId, message) => {
    const { enqueued, apply } = setup();
    const state = await apply(await post({ jobId }));
    expect(state).toMatchObject({ status: 'limited', message });
    expect(enqueued).toEqual([]);
  });

  it.each(['0', '-1', '7.5', 'abc', '99999999999999999'])(
    'refuses the job id %j',
    async (jobId) => {
      const { enqueued, apply } = setup();
      const state = await apply(await post({ jobId }));
      expect(state.fieldErrors.jobId).toBe(JOB_NOT_FOUND_MESSAGE);
      expect(enqueued).toEqual([]);
    },
  );

  it('takes the application when the ATS cannot be asked about the job; delivery retries', async () => {
    const { enqueued, apply } = setup(() => ({
      getJob: () => Promise.reject(new AtsError('unavailable', 'down', { retryable: true })),
    }));
    expect((await apply(await post())).status).toBe('success');
    expect(enqueued).toHaveLength(1);
    expect(enqueued[0]![1]?.text).toContain('reference 7');
  });

  it('takes the application unchecked when the ATS is too slow to say', async () => {
    const { enqueued, apply } = setup(() => ({ getJob: () => new Promise(() => undefined) }));
    expect((await apply(await post())).status).toBe('success');
    expect(enqueued).toHaveLength(1);
  });

  it('tells a bot that filled the honeypot it succeeded, storing nothing', async () => {
    const { enqueued, apply } = setup();
    const state = await apply(await post({ [HONEYPOT_FIELD]: 'http://spam.example' }));
    expect(state.status).toBe('success');
    expect(enqueued).toEqual([]);
  });

  it('answers anything but form data with a clear message', async () => {
    const { enqueued, apply } = setup();
    expect((await apply({ jobId: 7 })).status).toBe('invalid');
    expect(enqueued).toEqual([]);
  });

  it('shows a resume as its digest in JSON, so a receipt key never holds its bytes', () => {
    const resume = new CheckedResume({
      fileName: 'cv.txt',
      format: 'txt',
      mediaType: 'text/plain',
      bytes: new TextEncoder().encode('Ada'),
    });
    expect(JSON.parse(JSON.stringify({ resume }))).toEqual({
      resume: { fileName: 'cv.txt', format: 'txt', sha256: expect.stringMatching(/^[\w-]{43}$/) },
    });
  });
});
