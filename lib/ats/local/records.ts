/**
 * The local ATS's database and what lies outside the Ats port: seeding, the /dev/ats page's
 * list of applications and the retention purge. Bullhorn has its own UI for all of this.
 * @module
 */
import { getDatabase, type Db } from '@/lib/db';

import { insertLocalJobs } from './jobs-table';
import { migrateLocalAts } from './schema';
import { generateLocalJobs, SEED_JOBS } from './seed-jobs';

/**
 * Adds the 36 hand-written openings once in the database's life: a recruiter who later closes
 * or deletes them all does not get them back on the next start.
 */
export function seedLocalAts(db: Db): void {
  migrateLocalAts(db);
  db.transaction(() => {
    const seeded = db.prepare("SELECT 1 FROM ats_meta WHERE key = 'seeded'").get();
    if (seeded) return;
    insertLocalJobs(db, SEED_JOBS);
    db.prepare("INSERT INTO ats_meta (key, value) VALUES ('seeded', ?)").run(
      new Date().toISOString(),
    );
    // IMMEDIATE: a second process seeding at the same time waits for the first, then sees it.
  }).immediate();
}

/** The local ATS's database, its tables created and seeded. */
export function getLocalAtsDatabase(): Db {
  const db = getDatabase('local-ats');
  seedLocalAts(db);
  return db;
}

/**
 * Inserts `count` generated open jobs (ids from `firstId`) as a recruiter would: for tests and
 * the benchmark, which needs 2,000. Existing ids are replaced, so running it twice is harmless.
 */
export function addGeneratedLocalJobs(
  count: number,
  { db = getLocalAtsDatabase(), firstId }: { db?: Db; firstId?: number } = {},
): void {
  migrateLocalAts(db);
  insertLocalJobs(db, generateLocalJobs(count, firstId));
}

/** An application as the /dev/ats page shows it, without the resume's bytes. */
export interface LocalApplication {
  id: number;
  submissionId: string;
  candidateId: number;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  jobId: number;
  jobTitle: string | null;
  motivation: string | null;
  resume: { fileName: string; format: string; mediaType: string; size: number; sha256: string };
  createdAt: Date;
}

interface ApplicationRow {
  id: number;
  submission_id: string;
  candidate_id: number;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  job_id: number;
  job_title: string | null;
  motivation: string | null;
  resume_file_name: string;
  resume_format: string;
  resume_media_type: string;
  resume_size: number;
  resume_sha256: string;
  created_at: number;
}

/** The local ATS's applications, newest first, at most `limit`. */
export function listLocalApplications({
  limit = 200,
  db = getLocalAtsDatabase(),
}: { limit?: number; db?: Db } = {}): LocalApplication[] {
  return db
    .prepare<[number], ApplicationRow>(
      `SELECT a.id, a.submission_id, a.candidate_id, c.first_name, c.last_name, c.email, c.phone,
         a.job_id, j.title AS job_title, a.motivation, a.resume_file_name, a.resume_format,
         a.resume_media_type, length(a.resume_bytes) AS resume_size, a.resume_sha256,
         a.created_at
       FROM ats_applications AS a
       JOIN ats_candidates AS c ON c.id = a.candidate_id
       LEFT JOIN ats_jobs AS j ON j.id = a.job_id
       ORDER BY a.created_at DESC, a.id DESC LIMIT ?`,
    )
    .all(limit)
    .map((row) => ({
      id: row.id,
      submissionId: row.submission_id,
      candidateId: row.candidate_id,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      phone: row.phone,
      jobId: row.job_id,
      jobTitle: row.job_title,
      motivation: row.motivation,
      resume: {
        fileName: row.resume_file_name,
        format: row.resume_format,
        mediaType: row.resume_media_type,
        size: row.resume_size,
        sha256: row.resume_sha256,
      },
      createdAt: new Date(row.created_at),
    }));
}

/** One application's resume, or null when there is no such application. */
export function getLocalResume(
  applicationId: number,
  db: Db = getLocalAtsDatabase(),
): { fileName: string; mediaType: string; bytes: Uint8Array } | null {
  const row = db
    .prepare<
      [number],
      { resume_file_name: string; resume_media_type: string; resume_bytes: Buffer }
    >(
      `SELECT resume_file_name, resume_media_type, resume_bytes FROM ats_applications
       WHERE id = ?`,
    )
    .get(applicationId);
  if (!row) return null;
  return {
    fileName: row.resume_file_name,
    mediaType: row.resume_media_type,
    bytes: new Uint8Array(row.resume_bytes),
  };
}

/**
 * The retention purge for the local ATS: applications (with their resumes) made before
 * `cutoff` go, then candidates left without an application whose last update is before it.
 * Jobs stay. One transaction; answers how many rows went. (A real ATS keeps its own
 * retention rules; the site purges only the stand-in it owns.)
 */
export function purgeLocalAtsOlderThan(cutoff: Date, db: Db = getLocalAtsDatabase()): number {
  const before = cutoff.getTime();
  return db.transaction(() => {
    const applications = db
      .prepare('DELETE FROM ats_applications WHERE created_at < ?')
      .run(before).changes;
    const candidates = db
      .prepare(
        `DELETE FROM ats_candidates AS c WHERE updated_at < ?
           AND NOT EXISTS (SELECT 1 FROM ats_applications WHERE candidate_id = c.id)`,
      )
      .run(before).changes;
    return applications + candidates;
  })();
}
