/**
 * The Crm port on Salesforce, through jsforce. A contact request becomes a Lead upserted on
 * the External ID field (SALESFORCE_EXTERNAL_ID_FIELD = the submission id); a confirmed
 * subscription opts the person's Leads and Contacts in and adds a consent record
 * (consent-object.ts); an unsubscribe opts them all out.
 * @module
 */
import { toLeadFields, toSubscriberLeadFields } from '@/lib/crm/lead-fields';
import type {
  Crm,
  CrmRecordRef,
  LeadInput,
  NewsletterSubscriptionInput,
  NewsletterUnsubscribeInput,
} from '@/lib/crm/port';
import { CONSENT_FIELDS, CONSENT_OBJECT } from '@/lib/crm/salesforce/consent-object';
import {
  SalesforceSession,
  type SalesforceConfig,
  type SessionOptions,
} from '@/lib/crm/salesforce/session';
import { upsertBySubmissionId } from '@/lib/crm/salesforce/upsert';
import { soql } from '@/lib/crm/soql';

type Person = { Id: string; HasOptedOutOfEmail: boolean };
type PersonType = 'Contact' | 'Lead';

const JSON_HEADERS = { 'content-type': 'application/json' };

export class SalesforceCrm implements Crm {
  /** `session` may be shared with SalesforceCustomerCrm: one login for both. */
  constructor(
    private readonly config: SalesforceConfig,
    options: SessionOptions = {},
    private readonly session = new SalesforceSession(config, options),
  ) {}

  createLead(lead: LeadInput): Promise<CrmRecordRef> {
    return this.session.inCall(async () => ({
      id: await this.upsertBySubmissionId('Lead', lead.submissionId, toLeadFields(lead)),
    }));
  }

  subscribeToNewsletter(subscription: NewsletterSubscriptionInput): Promise<CrmRecordRef> {
    return this.session.inCall(async () => {
      const { email, consent } = subscription;
      const contacts = await this.findPeople('Contact', email);
      const leads = await this.findPeople('Lead', email);
      await this.setOptOut([...contacts, ...leads], false);

      const person = contacts[0]
        ? { type: 'Contact' as const, id: contacts[0].Id }
        : {
            type: 'Lead' as const,
            id: leads[0]?.Id ?? (await this.createSubscriberLead(subscription)),
          };

      await this.upsertBySubmissionId(CONSENT_OBJECT, subscription.submissionId, {
        [CONSENT_FIELDS.email]: email,
        [CONSENT_FIELDS.text]: consent.text,
        [CONSENT_FIELDS.version]: consent.version,
        [CONSENT_FIELDS.givenAt]: consent.givenAt.toISOString(),
        [person.type === 'Contact' ? CONSENT_FIELDS.contact : CONSENT_FIELDS.lead]: person.id,
      });
      return { id: person.id };
    });
  }

  unsubscribeFromNewsletter(request: NewsletterUnsubscribeInput): Promise<void> {
    return this.session.inCall(async () => {
      const contacts = await this.findPeople('Contact', request.email);
      const leads = await this.findPeople('Lead', request.email);
      await this.setOptOut([...contacts, ...leads], true);
    });
  }

  /** Leads count only while unconverted: a converted Lead's person is now its Contact. */
  private async findPeople(type: PersonType, email: string) {
    const query =
      type === 'Contact'
        ? soql`SELECT Id, HasOptedOutOfEmail FROM Contact WHERE Email = ${email} ORDER BY CreatedDate LIMIT 200`
        : soql`SELECT Id, HasOptedOutOfEmail FROM Lead WHERE Email = ${email} AND IsConverted = ${false} ORDER BY CreatedDate LIMIT 200`;
    const people = await this.session.query<Person & { attributes?: { type: string } }>(
      query,
      `find ${type}`,
    );
    return people.map((person) => ({ ...person, type }));
  }

  private async setOptOut(people: Array<Person & { type: PersonType }>, optedOut: boolean) {
    for (const person of people.filter((p) => p.HasOptedOutOfEmail !== optedOut)) {
      await this.session.request(
        {
          method: 'PATCH',
          url: `/sobjects/${person.type}/${encodeURIComponent(person.Id)}`,
          body: JSON.stringify({ HasOptedOutOfEmail: optedOut }),
          headers: JSON_HEADERS,
        },
        `update ${person.type}`,
      );
    }
  }

  private createSubscriberLead(subscription: NewsletterSubscriptionInput): Promise<string> {
    const fields = toSubscriberLeadFields(subscription);
    return this.upsertBySubmissionId('Lead', subscription.submissionId, fields);
  }

  private upsertBySubmissionId(
    sobject: string,
    submissionId: string,
    fields: object,
  ): Promise<string> {
    const field = this.config.externalIdField;
    return upsertBySubmissionId(this.session, field, sobject, submissionId, fields);
  }
}
