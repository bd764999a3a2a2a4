/**
 * The embedded ATS: jobs, candidates and applications with their resumes in SQLite
 * (DATA_DIR/local-ats.db), behaving as the Bullhorn adapter does, so that a fresh clone needs
 * no account.
 * @module
 */
import { createHash } from 'node:crypto';

import { toKeywordTerms } from '@/lib/ats/keyword';
import {
  AtsError,
  type ApplicationInput,
  type Ats,
  type Job,
  type JobFacets,
  type JobPage,
  type JobSearch,
} from '@/lib/ats/port';
import type { Db } from '@/lib/db';

import { JOB_COLUMNS, LISTED, toJob, type JobRow } from './jobs-table';
import { migrateLocalAts } from './schema';

/** The most jobs one page holds, as Bullhorn caps `count`. */
export const MAX_PAGE_SIZE = 500;

const ORDER_BY = {
  newest: 'published_at DESC, id DESC',
  oldest: 'published_at ASC, id ASC',
  title: 'title COLLATE NOCASE ASC, id ASC',
} as const;

type SqlValue = string | number;

function buildWhere(search: JobSearch): { sql: string; values: SqlValue[] } {
  const clauses = [LISTED];
  const values: SqlValue[] = [];
  for (const term of toKeywordTerms(search.keyword)) {
    // Terms are letters and digits only, so LIKE's own wildcards cannot occur in them.
    clauses.push(`(' ' || search_text) LIKE ?`);
    values.push(`% ${term}%`);
  }
  if (search.categoryId !== undefined) {
    clauses.push('category_id = ?');
    values.push(search.categoryId);
  }
  if (search.city !== undefined) {
    clauses.push('city = ? COLLATE NOCASE');
    values.push(search.city);
  }
  if (search.employmentType !== undefined) {
    clauses.push('employment_type = ? COLLATE NOCASE');
    values.push(search.employmentType);
  }
  return { sql: clauses.join(' AND '), values };
}

/** Bullhorn's apply endpoint requires these; the local ATS refuses the same way. */
function assertApplicationComplete(application: ApplicationInput): void {
  const missing = (['firstName', 'lastName', 'email'] as const).filter(
    (name) => application[name].trim() === '',
  );
  if (missing.length > 0 || application.resume.bytes.byteLength === 0) {
    throw new AtsError('invalid_application', 'The application lacks a required field', {
      retryable: false,
    });
  }
}

/** The Ats port over a local SQLite file. `now` is the clock, for tests. */
export class LocalAts implements Ats {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    migrateLocalAts(db);
  }

  async searchJobs(search: JobSearch): Promise<JobPage> {
    const start = Math.max(0, Math.trunc(search.start));
    const count = Math.min(MAX_PAGE_SIZE, Math.max(0, Math.trunc(search.count)));
    const where = buildWhere(search);
    const total = this.db
      .prepare<SqlValue[], { n: number }>(`SELECT count(*) AS n FROM ats_jobs WHERE ${where.sql}`)
      .get(...where.values)?.n;
    const rows = this.db
      .prepare<SqlValue[], JobRow>(
        `SELECT ${JOB_COLUMNS} FROM ats_jobs WHERE ${where.sql}
         ORDER BY ${ORDER_BY[search.sort ?? 'newest']} LIMIT ? OFFSET ?`,
      )
      .all(...where.values, count, start);
    return { jobs: rows.map(toJob), total: total ?? 0, start };
  }

  async getJob(id: number): Promise<Job | null> {
    if (!Number.isSafeInteger(id) || id <= 0) return null;
    const row = this.db
      .prepare<[number], JobRow>(`SELECT ${JOB_COLUMNS} FROM ats_jobs WHERE id = ?`)
      .get(id);
    return row ? toJob(row) : null;
  }

  async facets(): Promise<JobFacets> {
    const categories = this.db
      .prepare<[], { id: number; name: string; count: number }>(
        `SELECT category_id AS id, category_name AS name, count(*) AS count FROM ats_jobs
         WHERE ${LISTED} AND category_id IS NOT NULL
         GROUP BY category_id ORDER BY category_name COLLATE NOCASE, category_id`,
      )
      .all();
    const cities = this.db
      .prepare<[], { city: string; count: number }>(
        `SELECT city, count(*) AS count FROM ats_jobs WHERE ${LISTED} AND city <> ''
         GROUP BY city ORDER BY city COLLATE NOCASE`,
      )
      .all();
    const employmentTypes = this.db
      .prepare<[], { name: string; count: number }>(
        `SELECT employment_type AS name, count(*) AS count FROM ats_jobs
         WHERE ${LISTED} AND employment_type <> ''
         GROUP BY employment_type ORDER BY employment_type COLLATE NOCASE`,
      )
      .all();
    return { categories, cities, employmentTypes };
  }

  async apply(application: ApplicationInput): Promise<{ candidateId: string }> {
    return this.db
      .transaction(() => {
        const earlier = this.db
          .prepare<[string], { candidate_id: number }>(
            'SELECT candidate_id FROM ats_applications WHERE submission_id = ?',
          )
          .get(application.submissionId);
        if (earlier) return { candidateId: String(earlier.candidate_id) };

        assertApplicationComplete(application);
        this.assertJobTakesApplications(application.jobId);
        const candidateId = this.upsertCandidate(application);
        // One application per candidate and job, as Bullhorn keeps them: applying again (a
        // second visit, a resent form) changes nothing.
        const applied = this.db
          .prepare<[number, number], { id: number }>(
            'SELECT id FROM ats_applications WHERE candidate_id = ? AND job_id = ?',
          )
          .get(candidateId, application.jobId);
        if (!applied) this.insertApplication(application, candidateId);
        return { candidateId: String(candidateId) };
      })
      .immediate();
  }

  private assertJobTakesApplications(jobId: number): void {
    const row = this.db
      .prepare<[number], { listed: number }>(
        `SELECT (${LISTED}) AS listed FROM ats_jobs WHERE id = ?`,
      )
      .get(jobId);
    if (!row) {
      throw new AtsError('job_not_found', `No job ${jobId} in the local ATS`, {
        retryable: false,
      });
    }
    if (row.listed !== 1) {
      throw new AtsError('job_closed', `Job ${jobId} takes no applications`, {
        retryable: false,
      });
    }
  }

  /** One candidate per email, as Bullhorn matches applicants; a new application updates it. */
  private upsertCandidate(application: ApplicationInput): number {
    const at = this.now().getTime();
    const row = this.db
      .prepare<[string, string, string, string | null, number, number], { id: number }>(
        `INSERT INTO ats_candidates (email, first_name, last_name, phone, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (email) DO UPDATE SET first_name = excluded.first_name,
           last_name = excluded.last_name, phone = COALESCE(excluded.phone, phone),
           updated_at = excluded.updated_at
         RETURNING id`,
      )
      .get(
        application.email,
        application.firstName,
        application.lastName,
        application.phone ?? null,
        at,
        at,
      );
    if (!row) throw new Error('The candidate upsert returned no row');
    return row.id;
  }

  private insertApplication(application: ApplicationInput, candidateId: number): void {
    const { resume } = application;
    this.db
      .prepare(
        `INSERT INTO ats_applications (submission_id, candidate_id, job_id, motivation,
           resume_file_name, resume_format, resume_media_type, resume_bytes, resume_sha256,
           created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        application.submissionId,
        candidateId,
        application.jobId,
        application.motivation ?? null,
        resume.fileName,
        resume.format,
        resume.mediaType,
        Buffer.from(resume.bytes.buffer, resume.bytes.byteOffset, resume.bytes.byteLength),
        createHash('sha256').update(resume.bytes).digest('hex'),
        this.now().getTime(),
      );
  }
}
