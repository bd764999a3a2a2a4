/**
 * Writing and reading rows of the local ATS's jobs table.
 * @module
 */
import type { Job } from '@/lib/ats/port';
import { toSearchText } from '@/lib/ats/keyword';
import type { Db } from '@/lib/db';

import type { LocalJobInput } from './seed-jobs';

export interface JobRow {
  id: number;
  title: string;
  description_html: string;
  category_id: number | null;
  category_name: string | null;
  city: string;
  state: string;
  zip: string;
  employment_type: string;
  published_at: number;
  salary: number | null;
  salary_unit: string | null;
  is_open: number;
  is_public: number;
  is_deleted: number;
}

/** The columns a Job is made of (search_text stays in the database). */
export const JOB_COLUMNS = `id, title, description_html, category_id, category_name, city, state,
  zip, employment_type, published_at, salary, salary_unit, is_open, is_public, is_deleted`;

/** Open, public and not deleted: the jobs the board lists and that take applications. */
export const LISTED = 'is_open = 1 AND is_public = 1 AND is_deleted = 0';

export function toJob(row: JobRow): Job {
  const isListed = row.is_open === 1 && row.is_public === 1 && row.is_deleted === 0;
  return {
    id: row.id,
    title: row.title,
    descriptionHtml: row.description_html,
    category:
      row.category_id === null ? null : { id: row.category_id, name: row.category_name ?? '' },
    location: { city: row.city, state: row.state, zip: row.zip },
    employmentType: row.employment_type,
    publishedAt: new Date(row.published_at),
    salary:
      row.salary === null || row.salary_unit === null
        ? null
        : { amount: row.salary, unit: row.salary_unit },
    status: isListed ? 'open' : 'closed',
  };
}

/** Inserts (or replaces, by id) the jobs in one transaction. */
export function insertLocalJobs(db: Db, jobs: readonly LocalJobInput[]): void {
  const insert = db.prepare(
    `INSERT OR REPLACE INTO ats_jobs (${JOB_COLUMNS}, search_text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const job of jobs) {
      insert.run(
        job.id,
        job.title,
        job.descriptionHtml,
        job.category?.id ?? null,
        job.category?.name ?? null,
        job.location.city,
        job.location.state,
        job.location.zip,
        job.employmentType,
        job.publishedAt.getTime(),
        job.salary?.amount ?? null,
        job.salary?.unit ?? null,
        job.isOpen === false ? 0 : 1,
        job.isPublic === false ? 0 : 1,
        job.isDeleted ? 1 : 0,
        toSearchText(job.title, job.descriptionHtml),
      );
    }
  })();
}
