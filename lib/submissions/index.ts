/**
 * Typed ways into the outbox, one per kind of submission. Each checks its payload against the
 * kind's schema and answers the submission id once the submission is durable.
 * @module
 */
import type {
  NewsletterSubscriptionInput,
  NewsletterUnsubscribeInput,
  LeadInput,
} from '@/lib/crm/port';
import type { MailMessage } from '@/lib/mail/port';
import { enqueue } from '@/lib/outbox';
import {
  contactPayloadSchema,
  mailPayloadSchema,
  newsletterSubscribePayloadSchema,
  newsletterUnsubscribePayloadSchema,
} from '@/lib/submissions/schemas';

export { SUBMISSION_DESTINATIONS } from '@/lib/submissions/destinations';
export { PAYLOAD_SCHEMAS } from '@/lib/submissions/schemas';

/** A contact request on its way to the CRM as a Lead. */
export function enqueueContact(lead: Omit<LeadInput, 'submissionId'>): string {
  const payload = contactPayloadSchema.parse(lead);
  return enqueue('contact', payload, { subjectEmail: payload.email });
}

/** A confirmed (double opt-in) newsletter subscription on its way to the CRM. */
export function enqueueNewsletterSubscribe(
  subscription: Omit<NewsletterSubscriptionInput, 'submissionId'>,
): string {
  const payload = newsletterSubscribePayloadSchema.parse({
    ...subscription,
    consent: { ...subscription.consent, givenAt: subscription.consent.givenAt.toISOString() },
  });
  return enqueue('newsletter-subscribe', payload, { subjectEmail: payload.email });
}

export function enqueueNewsletterUnsubscribe(
  request: Omit<NewsletterUnsubscribeInput, 'submissionId'>,
): string {
  const payload = newsletterUnsubscribePayloadSchema.parse({
    ...request,
    at: request.at.toISOString(),
  });
  return enqueue('newsletter-unsubscribe', payload, { subjectEmail: payload.email });
}

/** The address in `Name <address>`, or the whole value when it is a bare address. */
function addressOf(recipient: string): string {
  return /<([^<>]+)>\s*$/.exec(recipient)?.[1] ?? recipient;
}

/** A mail, sent by the worker through the mail port (never on the visitor's request). */
export function enqueueMail(message: MailMessage): string {
  const payload = mailPayloadSchema.parse(message);
  return enqueue('mail', payload, { subjectEmail: addressOf(payload.to) });
}
