/**
 * The outbox's vocabulary, shared by the forms that fill it and the handlers that empty it.
 * @module
 */

/** What a submission is; each kind has one delivery handler. */
export type SubmissionKind =
  | 'contact'
  | 'newsletter-subscribe'
  | 'newsletter-unsubscribe'
  | 'job-application'
  /** A mail to a job applicant (the confirmation), delivered through the mail port. */
  | 'job-application-mail'
  /** An outgoing mail (confirmation, notice), delivered through the mail port. */
  | 'mail'
  /** A customer's sign-in link: mailed only when the address is a CRM customer's. */
  | 'sign-in-link'
  /** A mail to a signed-in customer about their account (the erasure confirmation). */
  | 'account-mail'
  /** A customer's confirmed request to be forgotten, on its way to the CRM. */
  | 'erasure-request';

/**
 * Delivers one submission's decrypted payload to its outside system and answers that
 * system's record id. `submissionId` is the idempotency key to pass on. Throws a CrmError
 * (or any error with `retryable`) on failure; errors without it count as retryable.
 */
export type DeliveryHandler = (
  payload: unknown,
  context: { submissionId: string; attempt: number },
) => Promise<{ externalId: string }>;

export type DeliveryHandlers = Partial<Record<SubmissionKind, DeliveryHandler>>;
