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
  // Customers: a Contact in an Account, whose Orders belong to the Account. Amounts are in
  // the currency's minor unit (cents), so that line totals add up exactly.
  `CREATE TABLE crm_accounts (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   ALTER TABLE crm_contacts ADD COLUMN account_id TEXT REFERENCES crm_accounts (id);
   ALTER TABLE crm_contacts ADD COLUMN phone TEXT;
   CREATE INDEX crm_contacts_account_id ON crm_contacts (account_id);
   CREATE TABLE crm_orders (
     id TEXT PRIMARY KEY,
     account_id TEXT NOT NULL REFERENCES crm_accounts (id),
     order_number TEXT NOT NULL UNIQUE,
     effective_date TEXT NOT NULL,
     status TEXT NOT NULL,
     total_amount_cents INTEGER NOT NULL,
     currency TEXT NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX crm_orders_account_newest
     ON crm_orders (account_id, effective_date DESC, order_number DESC);
   CREATE TABLE crm_order_items (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES crm_orders (id),
     position INTEGER NOT NULL,
     product_name TEXT NOT NULL,
     quantity INTEGER NOT NULL,
     unit_price_cents INTEGER NOT NULL,
     total_price_cents INTEGER NOT NULL
   );
   CREATE INDEX crm_order_items_order_id ON crm_order_items (order_id, position);
   CREATE TABLE crm_erasure_requests (
     id TEXT PRIMARY KEY,
     submission_id TEXT NOT NULL UNIQUE,
     contact_id TEXT NOT NULL,
     confirmed_at INTEGER NOT NULL,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE crm_seeds (
     name TEXT PRIMARY KEY,
     applied_at INTEGER NOT NULL
   );`,
];

/** Creates or updates the local CRM's tables in `db`. */
export function migrateLocalCrm(db: Db): void {
  migrate(db, 'local-crm', MIGRATIONS);
}
