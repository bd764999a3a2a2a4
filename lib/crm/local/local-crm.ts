/**
 * The embedded CRM: Leads, Contacts and newsletter consents in SQLite (DATA_DIR/local-crm.db),
 * behaving as the Salesforce adapter does, so that a fresh clone needs no account.
 * @module
 */
import { findLeadFieldError, toLeadFields, toSubscriberLeadFields } from '@/lib/crm/lead-fields';
import { KEY_PREFIX, newSalesforceStyleId } from '@/lib/crm/local/record-id';
import { migrateLocalCrm } from '@/lib/crm/local/schema';
import type {
  Crm,
  CrmRecordRef,
  LeadInput,
  NewsletterSubscriptionInput,
  NewsletterUnsubscribeInput,
} from '@/lib/crm/port';
import type { Db } from '@/lib/db';

/** The Crm port over a local SQLite file. `now` is the clock, for tests. */
export class LocalCrm implements Crm {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    migrateLocalCrm(db);
  }

  async createLead(lead: LeadInput): Promise<CrmRecordRef> {
    const fields = toLeadFields(lead);
    const error = findLeadFieldError(fields);
    if (error) throw error;

    const at = this.now().getTime();
    this.db
      .prepare(
        `INSERT INTO crm_leads (id, submission_id, first_name, last_name, email, company, phone,
           description, lead_source, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (submission_id) DO NOTHING`,
      )
      .run(
        newSalesforceStyleId(KEY_PREFIX.Lead),
        lead.submissionId,
        fields.FirstName,
        fields.LastName,
        fields.Email,
        fields.Company,
        fields.Phone,
        fields.Description,
        fields.LeadSource,
        at,
        at,
      );
    return { id: this.leadIdFor(lead.submissionId) };
  }

  async subscribeToNewsletter(subscription: NewsletterSubscriptionInput): Promise<CrmRecordRef> {
    return this.db.transaction(() => {
      const earlier = this.db
        .prepare<[string], { person_id: string }>(
          'SELECT person_id FROM crm_newsletter_consents WHERE submission_id = ?',
        )
        .get(subscription.submissionId);
      if (earlier) return { id: earlier.person_id };

      const at = this.now().getTime();
      const { email } = subscription;
      const contacts = this.peopleByEmail('crm_contacts', email);
      const leads = this.peopleByEmail('crm_leads', email);
      for (const table of ['crm_contacts', 'crm_leads'] as const) {
        this.db
          .prepare(
            `UPDATE ${table} SET has_opted_out_of_email = 0, updated_at = ?
             WHERE email = ? COLLATE NOCASE AND has_opted_out_of_email = 1`,
          )
          .run(at, email);
      }
      const person = contacts[0]
        ? { type: 'Contact' as const, id: contacts[0].id }
        : {
            type: 'Lead' as const,
            id: leads[0]?.id ?? this.insertSubscriberLead(subscription, at),
          };

      this.db
        .prepare(
          `INSERT INTO crm_newsletter_consents (id, submission_id, email, consent_text,
             consent_version, given_at, person_type, person_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          newSalesforceStyleId(KEY_PREFIX.Consent),
          subscription.submissionId,
          email,
          subscription.consent.text,
          subscription.consent.version,
          subscription.consent.givenAt.getTime(),
          person.type,
          person.id,
          at,
        );
      return { id: person.id };
    })();
  }

  async unsubscribeFromNewsletter(request: NewsletterUnsubscribeInput): Promise<void> {
    const at = this.now().getTime();
    this.db.transaction(() => {
      for (const table of ['crm_contacts', 'crm_leads'] as const) {
        this.db
          .prepare(
            `UPDATE ${table} SET has_opted_out_of_email = 1, updated_at = ?
             WHERE email = ? COLLATE NOCASE AND has_opted_out_of_email = 0`,
          )
          .run(at, request.email);
      }
    })();
  }

  private leadIdFor(submissionId: string): string {
    const row = this.db
      .prepare<[string], { id: string }>('SELECT id FROM crm_leads WHERE submission_id = ?')
      .get(submissionId);
    if (!row) throw new Error('the local CRM lost a lead it had just written');
    return row.id;
  }

  private peopleByEmail(table: 'crm_contacts' | 'crm_leads', email: string): { id: string }[] {
    return this.db
      .prepare<[string], { id: string }>(
        `SELECT id FROM ${table}
         WHERE email = ? COLLATE NOCASE ORDER BY created_at, id`,
      )
      .all(email);
  }

  private insertSubscriberLead(subscription: NewsletterSubscriptionInput, at: number): string {
    const fields = toSubscriberLeadFields(subscription);
    const error = findLeadFieldError(fields);
    if (error) throw error;
    const id = newSalesforceStyleId(KEY_PREFIX.Lead);
    this.db
      .prepare(
        `INSERT INTO crm_leads (id, submission_id, first_name, last_name, email, company,
           lead_source, has_opted_out_of_email, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
      )
      .run(
        id,
        subscription.submissionId,
        fields.FirstName,
        fields.LastName,
        fields.Email,
        fields.Company,
        fields.LeadSource,
        at,
        at,
      );
    return id;
  }
}
