/**
 * The CRM as the site sees it. Two adapters implement it (Salesforce through jsforce, and a
 * local SQLite CRM) and pass one contract suite (lib/crm/contract.ts).
 *
 * Every write carries the outbox's submission key (`submissionId`): delivering the same
 * submission twice, say after a timeout whose request did reach the CRM, changes nothing
 * the second time and answers the same record id.
 * @module
 */

/** A contact-form request, becoming a Lead. */
export interface LeadInput {
  submissionId: string;
  firstName?: string;
  lastName: string;
  email: string;
  /** Empty becomes a placeholder, as Salesforce requires a company on a Lead. */
  company?: string;
  phone?: string;
  /** The visitor's message, kept literally. */
  description: string;
}

/** What the visitor agreed to, as shown to them. */
export interface ConsentRecord {
  /** The exact text next to the checkbox or button. */
  text: string;
  version: string;
  givenAt: Date;
}

/** A confirmed newsletter subscription (double opt-in done). */
export interface NewsletterSubscriptionInput {
  submissionId: string;
  email: string;
  firstName?: string;
  lastName?: string;
  consent: ConsentRecord;
}

export interface NewsletterUnsubscribeInput {
  submissionId: string;
  email: string;
  at: Date;
}

export interface CrmRecordRef {
  /** The CRM's id of the Lead or Contact written. */
  id: string;
}

export interface Crm {
  /** Creates the Lead, or answers the one an earlier delivery of `submissionId` made. */
  createLead(lead: LeadInput): Promise<CrmRecordRef>;
  /**
   * Opts the Lead or Contact with this email in (creating a Lead when there is none) and
   * records the consent.
   */
  subscribeToNewsletter(subscription: NewsletterSubscriptionInput): Promise<CrmRecordRef>;
  /** Opts every Lead and Contact with this email out; no such person is not an error. */
  unsubscribeFromNewsletter(request: NewsletterUnsubscribeInput): Promise<void>;
}

/**
 * A CRM call that failed. `retryable` tells the outbox whether to try again later (timeouts,
 * dropped connections, 5xx, request limits) or to dead-letter now (validation errors).
 * `code` is the CRM's error code (e.g. REQUEST_LIMIT_EXCEEDED), never personal data.
 */
export class CrmError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'CrmError';
    this.code = code;
    this.retryable = options.retryable;
  }
}
