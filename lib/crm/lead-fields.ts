/**
 * How the port's inputs become Lead fields, shared by both adapters so that the local CRM
 * stores what Salesforce would.
 * @module
 */
import { CrmError, type LeadInput, type NewsletterSubscriptionInput } from '@/lib/crm/port';

/** Stands in for a required Salesforce field the visitor left empty (Company, LastName). */
export const NOT_PROVIDED = '[not provided]';

/** Lead fields the site writes, by their Salesforce API names. */
export interface LeadFields {
  FirstName: string | null;
  LastName: string;
  Email: string;
  Company: string;
  Phone: string | null;
  Description: string | null;
  LeadSource: 'Web';
}

/** Salesforce's standard Lead field lengths (Object Reference); longer values are refused. */
export const LEAD_FIELD_LENGTHS: Record<keyof Omit<LeadFields, 'LeadSource'>, number> = {
  FirstName: 40,
  LastName: 80,
  Email: 80,
  Company: 255,
  Phone: 40,
  Description: 32_000,
};

function orNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}

/** The Lead a contact-form request becomes; text is kept exactly as given. */
export function toLeadFields(lead: LeadInput): LeadFields {
  return {
    FirstName: orNull(lead.firstName),
    LastName: lead.lastName,
    Email: lead.email,
    Company: orNull(lead.company) ?? NOT_PROVIDED,
    Phone: orNull(lead.phone),
    Description: orNull(lead.description),
    LeadSource: 'Web',
  };
}

/** The Lead a subscription creates when nobody has the email: opted in, from the web. */
export function toSubscriberLeadFields(
  subscription: NewsletterSubscriptionInput,
): LeadFields & { HasOptedOutOfEmail: false } {
  return {
    FirstName: orNull(subscription.firstName),
    LastName: orNull(subscription.lastName) ?? NOT_PROVIDED,
    Email: subscription.email,
    Company: NOT_PROVIDED,
    Phone: null,
    Description: null,
    LeadSource: 'Web',
    HasOptedOutOfEmail: false,
  };
}

/**
 * The error Salesforce would answer for these fields (REQUIRED_FIELD_MISSING,
 * STRING_TOO_LONG), for the adapter that has no Salesforce to ask.
 */
export function findLeadFieldError(fields: LeadFields): CrmError | undefined {
  if (fields.LastName.trim() === '') {
    return new CrmError(
      'REQUIRED_FIELD_MISSING',
      'Lead rejected: REQUIRED_FIELD_MISSING (LastName)',
      {
        retryable: false,
      },
    );
  }
  for (const [name, limit] of Object.entries(LEAD_FIELD_LENGTHS)) {
    const value = fields[name as keyof typeof LEAD_FIELD_LENGTHS];
    if (value !== null && value.length > limit) {
      return new CrmError('STRING_TOO_LONG', `Lead rejected: STRING_TOO_LONG (${name})`, {
        retryable: false,
      });
    }
  }
  return undefined;
}
