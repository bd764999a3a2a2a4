import { migrate, type Db } from '@/lib/db';

/**
 * The local ATS's tables, named after the Bullhorn entities they stand in for. Times are epoch
 * milliseconds. `search_text` is the title and description, tags stripped, lowercased, words
 * separated by single spaces, so that a keyword term matches as a word prefix (as Bullhorn's
 * `title:java*` does). One candidate per email and one application per submission id, as
 * Bullhorn keeps one candidate per email.
 */
const MIGRATIONS = [
  `CREATE TABLE ats_jobs (
     id INTEGER PRIMARY KEY,
     title TEXT NOT NULL,
     description_html TEXT NOT NULL,
     category_id INTEGER,
     category_name TEXT,
     city TEXT NOT NULL DEFAULT '',
     state TEXT NOT NULL DEFAULT '',
     zip TEXT NOT NULL DEFAULT '',
     employment_type TEXT NOT NULL,
     published_at INTEGER NOT NULL,
     salary REAL,
     salary_unit TEXT,
     is_open INTEGER NOT NULL DEFAULT 1,
     is_public INTEGER NOT NULL DEFAULT 1,
     is_deleted INTEGER NOT NULL DEFAULT 0,
     search_text TEXT NOT NULL
   );
   CREATE INDEX ats_jobs_listed ON ats_jobs (is_open, is_public, is_deleted, published_at);
   CREATE TABLE ats_candidates (
     id INTEGER PRIMARY KEY,
     email TEXT NOT NULL UNIQUE COLLATE NOCASE,
     first_name TEXT NOT NULL,
     last_name TEXT NOT NULL,
     phone TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE ats_applications (
     id INTEGER PRIMARY KEY,
     submission_id TEXT NOT NULL UNIQUE,
     candidate_id INTEGER NOT NULL REFERENCES ats_candidates (id),
     job_id INTEGER NOT NULL REFERENCES ats_jobs (id),
     motivation TEXT,
     resume_file_name TEXT NOT NULL,
     resume_format TEXT NOT NULL,
     resume_media_type TEXT NOT NULL,
     resume_bytes BLOB NOT NULL,
     resume_sha256 TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX ats_applications_created_at ON ats_applications (created_at);
   CREATE INDEX ats_applications_candidate ON ats_applications (candidate_id);
   CREATE TABLE ats_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
];

/** Creates or updates the local ATS's tables in `db`. */
export function migrateLocalAts(db: Db): void {
  migrate(db, 'local-ats', MIGRATIONS);
}
