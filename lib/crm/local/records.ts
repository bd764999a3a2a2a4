/**
 * Reading and purging the local CRM's records: for the /dev/crm page, the contract tests and
 * the retention purge. Nothing here is part of the Crm port; Salesforce has its own UI.
 * @module
 */
import { seedDemoCustomers } from '@/lib/crm/local/demo-customers';
import { KEY_PREFIX, newSalesforceStyleId } from '@/lib/crm/local/record-id';
import { migrateLocalCrm } from '@/lib/crm/local/schema';
import { getDatabase, type Db } from '@/lib/db';

export interface LocalLead {
  id: string;
  submissionId: string | null;
  firstName: string | null;
  lastName: string;
  email: string;
  company: string;
  phone: string | null;
  description: string | null;
  leadSource: string | null;
  hasOptedOutOfEmail: boolean;
  createdAt: Date;
}

export interface LocalContact {
  id: string;
  firstName: string | null;
  lastName: string;
  email: string | null;
  hasOptedOutOfEmail: boolean;
  createdAt: Date;
}

export interface LocalConsent {
  id: string;
  submissionId: string;
  email: string;
  text: string;
  version: string;
  givenAt: Date;
  personType: 'Lead' | 'Contact';
  personId: string;
  createdAt: Date;
}

/** The local CRM's database, its tables created. */
export function getLocalCrmDatabase(): Db {
  const db = getDatabase('local-crm');
  migrateLocalCrm(db);
  if (!seeded.has(db)) {
    seedDemoCustomers(db);
    seeded.add(db);
  }
  return db;
}

const seeded = new WeakSet<Db>();

interface ListOptions {
  /** Newest first; at most this many. */
  limit?: number;
  db?: Db;
}

function list<R>(table: string, { limit = 500, db = getLocalCrmDatabase() }: ListOptions): R[] {
  return db
    .prepare<[number], R>(`SELECT * FROM ${table} ORDER BY created_at DESC, id LIMIT ?`)
    .all(limit);
}

interface LeadRow {
  id: string;
  submission_id: string | null;
  first_name: string | null;
  last_name: string;
  email: string;
  company: string;
  phone: string | null;
  description: string | null;
  lead_source: string | null;
  has_opted_out_of_email: number;
  created_at: number;
}

interface ContactRow {
  id: string;
  first_name: string | null;
  last_name: string;
  email: string | null;
  has_opted_out_of_email: number;
  created_at: number;
}

interface ConsentRow {
  id: string;
  submission_id: string;
  email: string;
  consent_text: string;
  consent_version: string;
  given_at: number;
  person_type: 'Lead' | 'Contact';
  person_id: string;
  created_at: number;
}

/** The local CRM's Leads, newest first. */
export function listLocalLeads(options: ListOptions = {}): LocalLead[] {
  return list<LeadRow>('crm_leads', options).map((row) => ({
    id: row.id,
    submissionId: row.submission_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    company: row.company,
    phone: row.phone,
    description: row.description,
    leadSource: row.lead_source,
    hasOptedOutOfEmail: row.has_opted_out_of_email === 1,
    createdAt: new Date(row.created_at),
  }));
}

/** The local CRM's Contacts, newest first. */
export function listLocalContacts(options: ListOptions = {}): LocalContact[] {
  return list<ContactRow>('crm_contacts', options).map((row) => ({
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    hasOptedOutOfEmail: row.has_opted_out_of_email === 1,
    createdAt: new Date(row.created_at),
  }));
}

/** The local CRM's newsletter consent records, newest first. */
export function listLocalConsents(options: ListOptions = {}): LocalConsent[] {
  return list<ConsentRow>('crm_newsletter_consents', options).map((row) => ({
    id: row.id,
    submissionId: row.submission_id,
    email: row.email,
    text: row.consent_text,
    version: row.consent_version,
    givenAt: new Date(row.given_at),
    personType: row.person_type,
    personId: row.person_id,
    createdAt: new Date(row.created_at),
  }));
}

/**
 * Adds a Contact as a salesperson would in the CRM's own UI (the site never creates
 * Contacts). For tests and demo data.
 */
export function addLocalContact(
  contact: { firstName?: string; lastName: string; email: string; hasOptedOutOfEmail?: boolean },
  { db = getLocalCrmDatabase(), at = new Date() }: { db?: Db; at?: Date } = {},
): string {
  const id = newSalesforceStyleId(KEY_PREFIX.Contact);
  db.prepare(
    `INSERT INTO crm_contacts (id, first_name, last_name, email, has_opted_out_of_email,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    contact.firstName ?? null,
    contact.lastName,
    contact.email,
    contact.hasOptedOutOfEmail ? 1 : 0,
    at.getTime(),
    at.getTime(),
  );
  return id;
}

/** Adds a Lead made outside the site (no submission id), e.g. at a trade fair. */
export function addLocalLead(
  lead: { lastName: string; email: string; company: string; hasOptedOutOfEmail?: boolean },
  { db = getLocalCrmDatabase(), at = new Date() }: { db?: Db; at?: Date } = {},
): string {
  const id = newSalesforceStyleId(KEY_PREFIX.Lead);
  db.prepare(
    `INSERT INTO crm_leads (id, last_name, email, company, has_opted_out_of_email, created_at,
       updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    lead.lastName,
    lead.email,
    lead.company,
    lead.hasOptedOutOfEmail ? 1 : 0,
    at.getTime(),
    at.getTime(),
  );
  return id;
}

// A Contact in an Account is a customer, the CRM's own record of someone who ordered, not
// something the site wrote from a form: the site's retention rule does not reach it.
const PEOPLE = [
  { table: 'crm_leads', personType: 'Lead', isOwnedBySite: '1' },
  { table: 'crm_contacts', personType: 'Contact', isOwnedBySite: 'person.account_id IS NULL' },
] as const;

/**
 * The people of one table whose retention has run out: their last activity (the newest of
 * `updated_at` and their consent records) is before `before`, and they are not a current
 * subscriber (a consent record and no opt-out), whose proof of consent must stay.
 */
function expiredPeople(
  db: Db,
  { table, personType, isOwnedBySite }: (typeof PEOPLE)[number],
  before: number,
): string[] {
  return db
    .prepare<[string, number], { id: string }>(
      `SELECT person.id FROM ${table} AS person
       LEFT JOIN (
         SELECT person_id, MAX(created_at) AS newest FROM crm_newsletter_consents
         WHERE person_type = ? GROUP BY person_id
       ) AS consent ON consent.person_id = person.id
       WHERE ${isOwnedBySite}
         AND (consent.newest IS NULL OR person.has_opted_out_of_email = 1)
         AND MAX(person.updated_at, COALESCE(consent.newest, 0)) < ?`,
    )
    .all(personType, before)
    .map((row) => row.id);
}

/**
 * The retention purge for the local CRM, as the register states it: a Lead or Contact goes,
 * with its consent records, once its last activity is older than `cutoff`, unless it is a
 * current newsletter subscriber or a customer (a Contact in an Account, kept with its
 * orders); consent records whose person is gone go once older than the cutoff. One transaction; answers how many rows went. (A real CRM keeps its own retention
 * rules; the site purges only the stand-in it owns.)
 */
export function purgeLocalCrmOlderThan(cutoff: Date, db: Db = getLocalCrmDatabase()): number {
  const before = cutoff.getTime();
  const deleteConsents = db.prepare(
    'DELETE FROM crm_newsletter_consents WHERE person_type = ? AND person_id = ?',
  );
  const deleteOrphanConsents = db.prepare(
    `DELETE FROM crm_newsletter_consents AS consent WHERE created_at < ?
       AND NOT EXISTS (SELECT 1 FROM crm_leads WHERE id = consent.person_id)
       AND NOT EXISTS (SELECT 1 FROM crm_contacts WHERE id = consent.person_id)`,
  );
  return db.transaction(() => {
    let deleted = 0;
    for (const people of PEOPLE) {
      const { table, personType } = people;
      const deletePerson = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
      for (const id of expiredPeople(db, people, before)) {
        deleted += deleteConsents.run(personType, id).changes;
        deleted += deletePerson.run(id).changes;
      }
    }
    return deleted + deleteOrphanConsents.run(before).changes;
  })();
}
