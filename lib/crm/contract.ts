/**
 * The Crm port's contract: one suite that every adapter must pass, each against its own
 * backend (the local SQLite CRM; the jsforce adapter against the fake Salesforce).
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { NOT_PROVIDED } from '@/lib/crm/lead-fields';
import { CrmError, type Crm, type LeadInput } from '@/lib/crm/port';

/** A Lead as the backend holds it, in the port's words. */
export interface LeadView {
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
}

export interface ContactView {
  id: string;
  email: string | null;
  hasOptedOutOfEmail: boolean;
}

export interface ConsentView {
  submissionId: string;
  email: string;
  text: string;
  version: string;
  givenAt: Date;
  /** The Lead or Contact the consent belongs to. */
  personId: string;
}

/** An adapter under test, with a look into its backend for the assertions. */
export interface CrmContractBackend {
  crm: Crm;
  /** Adds a Contact as a salesperson would (the site never creates Contacts). */
  addContact(contact: {
    lastName: string;
    email: string;
    hasOptedOutOfEmail: boolean;
  }): Promise<string>;
  /** Adds a Lead that did not come from the site. */
  addLead(lead: { lastName: string; email: string; hasOptedOutOfEmail: boolean }): Promise<string>;
  leads(): Promise<LeadView[]>;
  contacts(): Promise<ContactView[]>;
  consents(): Promise<ConsentView[]>;
  close(): Promise<void>;
}

let sequence = 0;
const nextSubmissionId = () => `contract-${Date.now()}-${(sequence += 1)}`;

function leadInput(overrides: Partial<LeadInput> = {}): LeadInput {
  return {
    submissionId: nextSubmissionId(),
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.com',
    company: 'Analytical Engines Ltd',
    phone: '+44 20 7946 0018',
    description: 'Please call me back.',
    ...overrides,
  };
}

const consent = {
  text: 'Yes, send me the newsletter. I can unsubscribe at any time.',
  version: '2026-01',
  givenAt: new Date('2026-03-14T09:30:00.000Z'),
};

/** Registers the contract suite for one adapter; `setup` runs before each case. */
export function describeCrmContract(name: string, setup: () => Promise<CrmContractBackend>): void {
  describe(`Crm contract: ${name}`, () => {
    let backend: CrmContractBackend;
    beforeEach(async () => {
      backend = await setup();
    });
    afterEach(async () => {
      await backend.close();
    });

    describe('createLead', () => {
      it('creates a Lead with the form fields and LeadSource Web', async () => {
        const input = leadInput();
        const { id } = await backend.crm.createLead(input);

        const leads = await backend.leads();
        expect(leads).toHaveLength(1);
        expect(leads[0]).toMatchObject({
          id,
          submissionId: input.submissionId,
          firstName: 'Ada',
          lastName: 'Lovelace',
          email: 'ada@example.com',
          company: 'Analytical Engines Ltd',
          phone: '+44 20 7946 0018',
          description: 'Please call me back.',
          leadSource: 'Web',
        });
        expect(id).toMatch(/^00Q[0-9A-Za-z]{12,15}$/);
      });

      it('answers the same id and makes no second Lead when a submission is redelivered', async () => {
        const input = leadInput();
        const first = await backend.crm.createLead(input);
        const second = await backend.crm.createLead(input);

        expect(second.id).toBe(first.id);
        expect(await backend.leads()).toHaveLength(1);
      });

      it('makes one Lead when the same submission is delivered twice at once', async () => {
        const input = leadInput();
        const [first, second] = await Promise.all([
          backend.crm.createLead(input),
          backend.crm.createLead(input),
        ]);

        expect(second.id).toBe(first.id);
        expect(await backend.leads()).toHaveLength(1);
      });

      it('makes separate Leads for separate submissions from the same person', async () => {
        await backend.crm.createLead(leadInput());
        await backend.crm.createLead(leadInput());
        expect(await backend.leads()).toHaveLength(2);
      });

      it('puts a placeholder in an empty company and leaves empty optional fields empty', async () => {
        await backend.crm.createLead(
          leadInput({ company: '', firstName: undefined, phone: '   ' }),
        );

        const [lead] = await backend.leads();
        expect(lead).toMatchObject({ company: NOT_PROVIDED, firstName: null, phone: null });
      });

      it('keeps unicode names and literal text exactly', async () => {
        const description =
          `It's "urgent" \\ <script>alert('x')</script> <b>bold</b> & 100% _sure_\n` +
          `Second line\ttabbed; ' OR Name LIKE '% -- 👋`;
        await backend.crm.createLead(
          leadInput({
            firstName: 'José',
            lastName: "Núñez O'Brien",
            company: '李雷 & Ørsted',
            description,
          }),
        );

        const [lead] = await backend.leads();
        expect(lead).toMatchObject({
          firstName: 'José',
          lastName: "Núñez O'Brien",
          company: '李雷 & Ørsted',
          description,
        });
      });

      it('rejects a last name longer than Salesforce allows, as not retryable', async () => {
        const error = await backend.crm
          .createLead(leadInput({ lastName: 'x'.repeat(81) }))
          .catch((caught: unknown) => caught);

        expect(error).toBeInstanceOf(CrmError);
        expect(error).toMatchObject({ code: 'STRING_TOO_LONG', retryable: false });
        // Salesforce's own message quotes the value; the error's message must not.
        expect((error as Error).message).not.toContain('x'.repeat(81));
        expect(await backend.leads()).toHaveLength(0);
      });
    });

    describe('subscribeToNewsletter', () => {
      it('opts an existing Contact in and records the consent against it', async () => {
        const contactId = await backend.addContact({
          lastName: 'Okafor',
          email: 'ada.okafor@example.com',
          hasOptedOutOfEmail: true,
        });
        const submissionId = nextSubmissionId();

        const { id } = await backend.crm.subscribeToNewsletter({
          submissionId,
          email: 'Ada.Okafor@example.com',
          consent,
        });

        expect(id).toBe(contactId);
        expect(await backend.contacts()).toEqual([
          { id: contactId, email: 'ada.okafor@example.com', hasOptedOutOfEmail: false },
        ]);
        expect(await backend.leads()).toHaveLength(0);
        expect(await backend.consents()).toEqual([
          {
            submissionId,
            email: 'Ada.Okafor@example.com',
            text: consent.text,
            version: consent.version,
            givenAt: consent.givenAt,
            personId: contactId,
          },
        ]);
      });

      it('opts an existing Lead in when there is no Contact', async () => {
        const leadId = await backend.addLead({
          lastName: 'Okafor',
          email: 'ada.okafor@example.com',
          hasOptedOutOfEmail: true,
        });

        const { id } = await backend.crm.subscribeToNewsletter({
          submissionId: nextSubmissionId(),
          email: 'ada.okafor@example.com',
          consent,
        });

        expect(id).toBe(leadId);
        const leads = await backend.leads();
        expect(leads).toHaveLength(1);
        expect(leads[0]?.hasOptedOutOfEmail).toBe(false);
        expect((await backend.consents())[0]?.personId).toBe(leadId);
      });

      it('creates an opted-in Lead when nobody has the email', async () => {
        const { id } = await backend.crm.subscribeToNewsletter({
          submissionId: nextSubmissionId(),
          email: 'new.reader@example.com',
          firstName: 'Ørsted',
          consent,
        });

        const leads = await backend.leads();
        expect(leads).toHaveLength(1);
        expect(leads[0]).toMatchObject({
          id,
          email: 'new.reader@example.com',
          firstName: 'Ørsted',
          lastName: NOT_PROVIDED,
          company: NOT_PROVIDED,
          leadSource: 'Web',
          hasOptedOutOfEmail: false,
        });
        expect((await backend.consents())[0]?.personId).toBe(id);
      });

      it('is idempotent: a redelivery answers the same id and records nothing more', async () => {
        const subscription = {
          submissionId: nextSubmissionId(),
          email: 'new.reader@example.com',
          consent,
        };
        const first = await backend.crm.subscribeToNewsletter(subscription);
        const second = await backend.crm.subscribeToNewsletter(subscription);

        expect(second.id).toBe(first.id);
        expect(await backend.leads()).toHaveLength(1);
        expect(await backend.consents()).toHaveLength(1);
      });

      it('records each later subscription of the same person as its own consent', async () => {
        const email = 'again@example.com';
        const first = await backend.crm.subscribeToNewsletter({
          submissionId: nextSubmissionId(),
          email,
          consent,
        });
        await backend.crm.unsubscribeFromNewsletter({
          submissionId: nextSubmissionId(),
          email,
          at: new Date(),
        });
        const second = await backend.crm.subscribeToNewsletter({
          submissionId: nextSubmissionId(),
          email,
          consent: { ...consent, version: '2026-02' },
        });

        expect(second.id).toBe(first.id);
        expect((await backend.leads())[0]?.hasOptedOutOfEmail).toBe(false);
        const versions = (await backend.consents()).map((record) => record.version).sort();
        expect(versions).toEqual(['2026-01', '2026-02']);
      });
    });

    describe('unsubscribeFromNewsletter', () => {
      it('opts out every Lead and Contact with the email, and no one else', async () => {
        const contactId = await backend.addContact({
          lastName: 'Okafor',
          email: 'reader@example.com',
          hasOptedOutOfEmail: false,
        });
        const leadId = await backend.addLead({
          lastName: 'Okafor',
          email: 'READER@example.com',
          hasOptedOutOfEmail: false,
        });
        const otherId = await backend.addLead({
          lastName: 'Other',
          email: 'other@example.com',
          hasOptedOutOfEmail: false,
        });

        await backend.crm.unsubscribeFromNewsletter({
          submissionId: nextSubmissionId(),
          email: 'reader@example.com',
          at: new Date(),
        });

        const optedOut = new Map(
          [...(await backend.leads()), ...(await backend.contacts())].map((person) => [
            person.id,
            person.hasOptedOutOfEmail,
          ]),
        );
        expect(optedOut.get(contactId)).toBe(true);
        expect(optedOut.get(leadId)).toBe(true);
        expect(optedOut.get(otherId)).toBe(false);
      });

      it('accepts an email nobody has, changing nothing', async () => {
        await backend.addLead({
          lastName: 'Other',
          email: 'other@example.com',
          hasOptedOutOfEmail: false,
        });

        await expect(
          backend.crm.unsubscribeFromNewsletter({
            submissionId: nextSubmissionId(),
            email: "nobody'; --@example.com",
            at: new Date(),
          }),
        ).resolves.toBeUndefined();
        expect((await backend.leads())[0]?.hasOptedOutOfEmail).toBe(false);
      });
    });
  });
}
