import { migrate, type Db } from '@/lib/db';

/**
 * The local CRM's tables, named after the Salesforce objects they stand in for. Times are
 * epoch milliseconds. `submission_id` makes each write idempotent, as the External ID field
 * does in Salesforce.
 */
const MIGRATIONS = [
  `CREATE TABLE crm_leads (
     id TEXT PRIMARY KEY,
     submission_id TEXT UNIQUE,
     first_name TEXT,
     last_name TEXT NOT NULL,
     email TEXT NOT NULL,
     company TEXT NOT NULL,
     phone TEXT,
     description TEXT,
     lead_source TEXT,
     has_opted_out_of_email INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX crm_leads_email ON crm_leads (email COLLATE NOCASE);
   CREATE INDEX crm_leads_created_at ON crm_leads (created_at);
   CREATE TABLE crm_contacts (
     id TEXT PRIMARY KEY,
     first_name TEXT,
     last_name TEXT NOT NULL,
     email TEXT,
     has_opted_out_of_email INTEGER NOT NULL DEFAULT 0,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE INDEX crm_contacts_email ON crm_contacts (email COLLATE NOCASE);
   CREATE INDEX crm_contacts_created_at ON crm_contacts (created_at);
   CREATE TABLE crm_newsletter_consents (
     id TEXT PRIMARY KEY,
     submission_id TEXT NOT NULL UNIQUE,
     email TEXT NOT NULL,
     consent_text TEXT NOT NULL,
     consent_version TEXT NOT NULL,
     given_at INTEGER NOT NULL,
     person_type TEXT NOT NULL CHECK (person_type IN ('Lead', 'Contact')),
     person_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX crm_newsletter_consents_created_at ON crm_newsletter_consents (created_at);`,
];

/** Creates or updates the local CRM's tables in `db`. */
export function migrateLocalCrm(db: Db): void {
  migrate(db, 'local-crm', MIGRATIONS);
}
