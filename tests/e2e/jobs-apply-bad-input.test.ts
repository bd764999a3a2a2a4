import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { JOB_CLOSED_MESSAGE } from '@/lib/jobs/apply';
import { JOB_NOT_FOUND_MESSAGE } from '@/lib/jobs/apply-schema';
import { RESUME_MESSAGES } from '@/lib/jobs/resume-file';
import { readMailbox } from '@/tests/support/dev-backends';
import { regionText } from '@/tests/support/form-post';
import {
  applicant,
  fetchApplyHiddenFields,
  findOpenJobPath,
  localAtsApplications,
  outboxRows,
  postApplication,
  resumeFile,
  uploadApplication,
} from '@/tests/support/job-application';
import { paddedPdf, sampleExecutable, sampleHtml, samplePdf } from '@/tests/support/resume-samples';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// Issue 5's bad input for applications, sent both ways the form sends: as a browser without
// JavaScript (multipart to the job's page, the server action) and with it (the upload route,
// JSON). Each is a clear message and no 500; nothing reaches the outbox or the mailbox.
let site: SiteServer;
let jobPath: string;
let closedJobId: number;
let hidden: Array<[string, string]>;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-apply-bad-'));
let nextAddress = 0;
const nextClient = () => `203.0.113.${(nextAddress += 1)}`;

beforeAll(async () => {
  site = await startSite({ DATA_DIR: dataDir, TRUST_PROXY: 'true' });
  jobPath = await findOpenJobPath(site.url);
  const db = openDatabase(path.join(dataDir, 'local-ats.db'));
  closedJobId = db.prepare<[], { id: number }>('SELECT id FROM ats_jobs WHERE is_open = 0').get()!
    .id;
  db.close();
  hidden = await fetchApplyHiddenFields(site.url, jobPath);
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
});

afterAll(async () => {
  await site?.stop();
});

const resume = (bytes: Uint8Array, name = 'resume.pdf') => ({ resume: resumeFile(bytes, name) });

const CASES: Array<[string, Record<string, string | Blob>, { field?: string; message: string }]> = [
  [
    'a renamed executable',
    resume(sampleExecutable()),
    { field: 'resume', message: RESUME_MESSAGES.unknownType },
  ],
  [
    'an HTML file called resume.pdf',
    resume(sampleHtml()),
    { field: 'resume', message: RESUME_MESSAGES.unknownType },
  ],
  ['an empty file', resume(new Uint8Array(0)), { field: 'resume', message: RESUME_MESSAGES.empty }],
  [
    'a 6 MB file',
    resume(paddedPdf(6 * 1024 * 1024, 6)),
    { field: 'resume', message: RESUME_MESSAGES.tooLarge },
  ],
  ['no file at all', {}, { field: 'resume', message: RESUME_MESSAGES.missing }],
  [
    'a file name with path separators',
    resume(samplePdf(), '../../etc/C:\\Windows\\cv.pdf'),
    { field: 'resume', message: RESUME_MESSAGES.nameWithPath },
  ],
  [
    'a file name with control characters',
    resume(samplePdf(), 'cv\u0000\u0007\u001b[31m\u202efdp.exe.pdf'),
    { field: 'resume', message: RESUME_MESSAGES.nameWithControls },
  ],
  [
    'a file name of 200 characters',
    resume(samplePdf(), `${'a'.repeat(196)}.pdf`),
    { field: 'resume', message: RESUME_MESSAGES.nameTooLong },
  ],
  [
    'a missing consent',
    { ...resume(samplePdf()), consent: '' },
    { field: 'consent', message: 'Please confirm that you have read the privacy statement' },
  ],
  [
    'a job id that does not exist',
    { ...resume(samplePdf()), jobId: '987654' },
    { message: JOB_NOT_FOUND_MESSAGE },
  ],
];

describe('bad applications', () => {
  it.each(CASES)('without JavaScript: %s gets a clear message', async (_case, fields, expected) => {
    const { status, html } = await postApplication(
      site.url,
      jobPath,
      hidden,
      { ...applicant(1), ...fields },
      nextClient(),
    );
    expect(status).toBe(200);
    const alert = regionText(html, 'alert');
    expect(alert).toContain(expected.message.replace(/\.$/, ''));
    expect(regionText(html, 'status')).toBe('');
  });

  it.each(CASES)('with JavaScript: %s gets a clear message', async (_case, fields, expected) => {
    const { status, state } = await uploadApplication(
      site.url,
      hidden,
      { ...applicant(2), ...fields },
      nextClient(),
    );
    expect(status).toBe(200);
    expect(state.status).not.toBe('success');
    const shown = expected.field ? state.fieldErrors[expected.field] : state.message;
    expect(shown).toContain(expected.message.replace(/\.$/, ''));
  });

  it('refuses a closed job both ways', async () => {
    const fields = { ...applicant(3), ...resume(samplePdf()), jobId: String(closedJobId) };
    const page = await postApplication(site.url, jobPath, hidden, fields, nextClient());
    expect(regionText(page.html, 'alert')).toBe(JOB_CLOSED_MESSAGE);
    const upload = await uploadApplication(site.url, hidden, fields, nextClient());
    expect(upload.state.message).toBe(JOB_CLOSED_MESSAGE);
  });

  it('answers a body over 8 MB with the site’s own words, not a bare error', async () => {
    const fields = { ...applicant(4), ...resume(paddedPdf(9 * 1024 * 1024, 9)) };
    const page = await postApplication(site.url, jobPath, hidden, fields, nextClient());
    expect(page.status).toBe(413);
    expect(page.html).toContain('at most 5 MB');
    const upload = await uploadApplication(site.url, hidden, fields, nextClient());
    expect(upload.status).toBe(413);
    expect(upload.state.message).toContain('at most 5 MB');
  });

  it('answers an upload that is no form post with a clear message, not a 500', async () => {
    for (const [type, body] of [
      ['text/plain', 'resume=cv.pdf'],
      ['multipart/form-data; boundary=x', '--x\r\nbroken'],
      ['application/json', '{"jobId":1}'],
    ]) {
      const response = await fetch(`${site.url}/api/jobs/apply/`, {
        method: 'POST',
        headers: { 'content-type': type!, 'x-forwarded-for': nextClient() },
        body,
      });
      expect(response.status, type).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/could not be read/);
    }
  });

  it('stored nothing: no outbox item, no mail, no application', async () => {
    // Give a wrongly accepted item time to be delivered, so that its traces would show.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(outboxRows(dataDir)).toEqual([]);
    expect(localAtsApplications(dataDir)).toEqual([]);
    expect(await readMailbox(site.url, '@example.test')).toEqual([]);
  });
});
