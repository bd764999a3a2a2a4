import type { ActivityId, OutsideSystem } from '@/lib/privacy/register';
import type { DeliveredKind } from '@/lib/submissions/schemas';

/** Where a kind of submission goes: its processing activity and the outside system receiving it. */
export interface SubmissionDestination {
  activity: ActivityId;
  /** The production system; in embedded mode the local CRM or mailbox stands in for it. */
  recipient: OutsideSystem;
}

/**
 * The destination of each kind, as data, so the privacy checks can hold every recipient to
 * a declared processor. Mail today is the newsletter's (confirmation, welcome); a new kind of
 * mail for another activity needs a kind or an entry of its own here.
 */
export const SUBMISSION_DESTINATIONS = {
  contact: { activity: 'contact', recipient: 'salesforce' },
  'newsletter-subscribe': { activity: 'newsletter', recipient: 'salesforce' },
  'newsletter-unsubscribe': { activity: 'newsletter', recipient: 'salesforce' },
  mail: { activity: 'newsletter', recipient: 'smtp' },
  'job-application': { activity: 'job-applications', recipient: 'bullhorn' },
  'job-application-mail': { activity: 'job-applications', recipient: 'smtp' },
  'sign-in-link': { activity: 'customer-accounts', recipient: 'smtp' },
  'account-mail': { activity: 'customer-accounts', recipient: 'smtp' },
  'erasure-request': { activity: 'customer-accounts', recipient: 'salesforce' },
} as const satisfies Record<DeliveredKind, SubmissionDestination>;
