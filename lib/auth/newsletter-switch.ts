/**
 * The newsletter switch on a signed-in customer's data page. Switching on needs no second
 * confirmation mail: the customer proved just now, by following our link to this address
 * (or through Salesforce's sign-in), that the mailbox is theirs, which is all a double
 * opt-in proves. The consent shown beside the switch is recorded as the sign-up form's is.
 * @module
 */
import type { Customer } from '@/lib/crm';
import { NEWSLETTER_CONSENT } from '@/lib/forms/newsletter-consent';
import { getLogger } from '@/lib/log';
import { enqueueNewsletterSubscribe, enqueueNewsletterUnsubscribe } from '@/lib/submissions';

/** The words beside the switch: the sign-up form's consent text. */
export const SWITCH_CONSENT_TEXT = NEWSLETTER_CONSENT.text;

/** Subscribes (`on`) or unsubscribes the customer through the outbox. */
export function switchNewsletter(customer: Customer, on: boolean, now = new Date()): void {
  if (on) {
    enqueueNewsletterSubscribe({
      email: customer.email,
      firstName: customer.firstName ?? undefined,
      lastName: customer.lastName,
      consent: { text: NEWSLETTER_CONSENT.text, version: NEWSLETTER_CONSENT.version, givenAt: now },
    });
  } else {
    enqueueNewsletterUnsubscribe({ email: customer.email, at: now });
  }
  getLogger().info({ on }, 'account.newsletter_switched');
}
