/**
 * Applying for a job from a test: an open job's page on the site, an applicant's fields, and
 * the post a browser without JavaScript sends (the page's hidden fields, then the fields and
 * the resume, multipart to the page's URL) or with it (the same to /api/jobs/apply/).
 * @module
 */
import path from 'node:path';

import { listLocalApplications, type LocalApplication } from '@/lib/ats/local/records';
import { openDatabase } from '@/lib/db';

import { buildFormBody, fetchHiddenFields } from './form-post';

/**
 * The path of the first job on /jobs/, e.g. `/jobs/1001-senior-analyst/`. Asked again for a
 * while: a server just started may answer its first ATS call too late on a busy machine.
 */
export async function findOpenJobPath(siteUrl: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const html = await (await fetch(`${siteUrl}/jobs/`)).text();
    const found = /href="(\/jobs\/\d+-[a-z0-9-]+\/)"/.exec(html)?.[1];
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no job listed on /jobs/');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export const jobIdOf = (jobPath: string) => Number(/\/jobs\/(\d+)-/.exec(jobPath)?.[1]);

/** The text fields of applicant `index`: distinct email, names and motivation. */
export function applicant(index: number) {
  return {
    firstName: `Ada-${index}`,
    lastName: `Núñez O'Brien`,
    email: `applicant-${index}@example.test`,
    phone: '+44 20 7946 0000',
    motivation: `Motivation ${index}: <script>alert(${index})</script>\nsecond line`,
    consent: 'yes',
  };
}

export function resumeFile(bytes: Uint8Array, name: string, type = 'application/pdf'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** The hidden fields of a job page's apply form (the action's, the seal and the job id). */
export function fetchApplyHiddenFields(siteUrl: string, jobPath: string) {
  return fetchHiddenFields(`${siteUrl}${jobPath}`, 'resume');
}

/** Posts an application as a browser without JavaScript does; answers status and page. */
export async function postApplication(
  siteUrl: string,
  jobPath: string,
  hidden: Array<[string, string]>,
  fields: Record<string, string | Blob>,
  clientAddress: string,
): Promise<{ status: number; html: string }> {
  const response = await fetch(`${siteUrl}${jobPath}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': clientAddress, accept: 'text/html' },
    body: buildFormBody(hidden, fields),
  });
  return { status: response.status, html: await response.text() };
}

/** Posts an application to the upload route, as the form does with JavaScript. */
export async function uploadApplication(
  siteUrl: string,
  hidden: Array<[string, string]>,
  fields: Record<string, string | Blob>,
  clientAddress: string,
): Promise<{
  status: number;
  state: { status: string; message: string; fieldErrors: Record<string, string> };
}> {
  const response = await fetch(`${siteUrl}/api/jobs/apply/`, {
    method: 'POST',
    headers: { 'x-forwarded-for': clientAddress, accept: 'application/json', origin: siteUrl },
    body: buildFormBody(hidden, fields),
  });
  return { status: response.status, state: await response.json() };
}

/** The local ATS's applications in a server's data directory, read fresh. */
export function localAtsApplications(dataDir: string): LocalApplication[] {
  const db = openDatabase(path.join(dataDir, 'local-ats.db'));
  try {
    return listLocalApplications({ db, limit: 10_000 });
  } finally {
    db.close();
  }
}

/** Outbox rows by kind and state, read beside the running server. */
export function outboxRows(
  dataDir: string,
): Array<{ kind: string; state: string; hasPayload: number }> {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    const exists = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'")
      .get();
    if (!exists) return [];
    return db
      .prepare<[], { kind: string; state: string; hasPayload: number }>(
        'SELECT kind, state, payload IS NOT NULL AS hasPayload FROM outbox ORDER BY created_at',
      )
      .all();
  } finally {
    db.close();
  }
}
