import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { regionText } from '@/tests/support/form-post';
import { spawnFakeBullhorn, type FakeBullhornProcess } from '@/tests/support/fake-bullhorn-control';
import {
  applicant,
  fetchApplyHiddenFields,
  findOpenJobPath,
  jobIdOf,
  postApplication,
  resumeFile,
  uploadApplication,
} from '@/tests/support/job-application';
import { paddedPdf } from '@/tests/support/resume-samples';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// Issue 5's fault test. 100 applicants send their resumes at once while Bullhorn is down
// (503s, then dropped connections); then it comes back. Once the outbox has drained, Bullhorn
// holds exactly 100 candidates with their resumes byte for byte, and the outbox's database and
// WAL hold no resume, name or address. Half apply as browsers without JavaScript (the server
// action), half as with it (the upload route).
const APPLICATIONS = 100;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-apply-fault-'));
let fake: FakeBullhornProcess;
let site: SiteServer | undefined;

const resumes = Array.from({ length: APPLICATIONS }, (_, index) =>
  paddedPdf(48 * 1024 + index * 97, index + 1),
);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  fake = await spawnFakeBullhorn();
});

afterAll(async () => {
  await site?.stop();
  await fake?.stop();
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms: number) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out, last seen: ${String(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Outbox items not yet delivered or dead-lettered, read beside the running server (WAL). */
async function undelivered(): Promise<number> {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    const row = db
      .prepare<[], { n: number }>("SELECT count(*) AS n FROM outbox WHERE state <> 'delivered'")
      .get();
    return row?.n ?? 0;
  } finally {
    db.close();
  }
}

/** Applications whose delivery has been tried at least once. */
async function triedApplications(): Promise<number> {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    const row = db
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM outbox WHERE kind = 'job-application' AND attempts > 0",
      )
      .get();
    return row?.n ?? 0;
  } finally {
    db.close();
  }
}

describe('applications survive a Bullhorn outage', () => {
  it('delivers exactly 100 candidates with their resumes, and keeps nothing personal', async () => {
    site = await startSite({
      ...fake.env,
      DATA_DIR: dataDir,
      TRUST_PROXY: 'true',
      BULLHORN_TIMEOUT_MS: '1500',
    });
    const url = site.url;
    const jobPath = await findOpenJobPath(url);
    const hidden = await fetchApplyHiddenFields(url, jobPath);
    await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));

    await fake.injectFault({ fault: 'unavailable' });
    let answered = 0;
    let dropping: Promise<void> | undefined;
    const answers = await Promise.all(
      resumes.map(async (bytes, index) => {
        const fields = { ...applicant(index), ...{ resume: resumeFile(bytes, `cv-${index}.pdf`) } };
        const client = `198.51.${Math.floor(index / 250)}.${index % 250}`;
        const thanks =
          index % 2 === 0
            ? regionText(
                (await postApplication(url, jobPath, hidden, fields, client)).html,
                'status',
              )
            : (await uploadApplication(url, hidden, fields, client)).state.message;
        answered += 1;
        // Halfway, the outage turns from refusals to connections dropped without an answer.
        if (answered === APPLICATIONS / 2) {
          dropping = fake.clearFaults().then(() => fake.injectFault({ fault: 'drop' }));
        }
        return thanks;
      }),
    );
    await dropping;
    expect(answers.filter((text) => /Thank you/.test(text))).toHaveLength(APPLICATIONS);

    // The outage lasts until every application has failed at least once.
    await waitFor(triedApplications, (count) => count === APPLICATIONS, 40_000);
    const failedApplies = (await fake.requests()).filter(
      (entry) => entry.path.includes('/apply/') && entry.fault,
    );
    expect(failedApplies.some((entry) => entry.fault === 'unavailable')).toBe(true);
    expect(failedApplies.some((entry) => entry.fault === 'drop')).toBe(true);
    await fake.clearFaults();
    await waitFor(undelivered, (count) => count === 0, 45_000);
    const applies = (await fake.requests()).filter((entry) => entry.path.includes('/apply/'));
    console.log('fault test: apply requests by status and fault', JSON.stringify(tally(applies)));

    const candidates = await fake.candidates();
    expect(candidates).toHaveLength(APPLICATIONS);
    const byEmail = new Map(candidates.map((candidate) => [candidate.email, candidate]));
    resumes.forEach((bytes, index) => {
      const candidate = byEmail.get(applicant(index).email);
      expect(candidate, applicant(index).email).toBeDefined();
      expect(candidate!.applications).toHaveLength(1);
      const [application] = candidate!.applications;
      expect(application!.jobId).toBe(jobIdOf(jobPath));
      expect(application!.resume.sha256).toBe(sha256(bytes));
      expect(sha256(Buffer.from(application!.resume.base64, 'base64'))).toBe(sha256(bytes));
    });

    await site.stop();
    site = undefined;
    expectOutboxWithoutPersonalData();
  }, 120_000);
});

function expectOutboxWithoutPersonalData(): void {
  const file = path.join(dataDir, 'portico.db');
  const db = openDatabase(file);
  const rows = db
    .prepare<[], { state: string; kind: string; n: number; payloads: number }>(
      `SELECT state, kind, count(*) AS n, count(payload) AS payloads FROM outbox
       GROUP BY state, kind ORDER BY kind`,
    )
    .all();
  expect(rows).toEqual([
    { state: 'delivered', kind: 'job-application', n: APPLICATIONS, payloads: 0 },
    { state: 'delivered', kind: 'job-application-mail', n: APPLICATIONS, payloads: 0 },
  ]);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = Buffer.concat(
    [file, `${file}-wal`].filter((name) => existsSync(name)).map((name) => readFileSync(name)),
  );
  const traces = ['example.test', 'Núñez', "O'Brien", 'Ada-1', 'second line', '<script>'];
  for (const trace of traces) expect(bytes.includes(Buffer.from(trace)), trace).toBe(false);
  // A run of each resume's own padding, and its start in base64 as the payload carried it.
  for (const resume of resumes) {
    expect(bytes.includes(resume.subarray(2_000, 2_064))).toBe(false);
    expect(bytes.includes(Buffer.from(resume.subarray(0, 48).toString('base64')))).toBe(false);
  }
}

function tally(entries: Array<{ status: number; fault?: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status, fault } of entries) {
    const key = `${status}${fault ? ` ${fault}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
