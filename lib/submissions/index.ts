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
import type { ApplicationInput } from '@/lib/ats/port';
import { enqueue, getOutbox } from '@/lib/outbox';
import {
  contactPayloadSchema,
  erasureRequestPayloadSchema,
  jobApplicationPayloadSchema,
  mailPayloadSchema,
  signInLinkPayloadSchema,
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

/**
 * A sign-in link on its way to `email`. The worker mails it only when the address is a
 * customer's; the link itself is erased from the outbox once the item is delivered.
 */
export function enqueueSignInLink(request: { email: string; url: string }): string {
  const payload = signInLinkPayloadSchema.parse(request);
  return enqueue('sign-in-link', payload, { subjectEmail: payload.email });
}

/** A mail to a customer about their account, sent by the worker through the mail port. */
export function enqueueAccountMail(message: MailMessage): string {
  const payload = mailPayloadSchema.parse(message);
  return enqueue('account-mail', payload, { subjectEmail: addressOf(payload.to) });
}

/** A customer's confirmed erasure request, on its way to the CRM. */
export function enqueueErasureRequest(
  request: { customerId: string; confirmedAt: Date },
  subjectEmail: string,
): string {
  const payload = erasureRequestPayloadSchema.parse({
    customerId: request.customerId,
    confirmedAt: request.confirmedAt.toISOString(),
  });
  return enqueue('erasure-request', payload, { subjectEmail });
}

/**
 * A job application on its way to the ATS, with the confirmation mail to the applicant (none
 * when `confirmation` is null). Both are stored in one transaction: either the application and
 * its mail are in the outbox, or neither. Answers the application's submission id.
 */
export function enqueueJobApplication(
  application: Omit<ApplicationInput, 'submissionId'>,
  confirmation: MailMessage | null,
): string {
  const { resume, ...fields } = application;
  const payload = jobApplicationPayloadSchema.parse({
    ...fields,
    resume: {
      fileName: resume.fileName,
      format: resume.format,
      mediaType: resume.mediaType,
      base64: Buffer.from(resume.bytes).toString('base64'),
    },
  });
  const mail = confirmation ? mailPayloadSchema.parse(confirmation) : null;
  return getOutbox().store.db.transaction(() => {
    const id = enqueue('job-application', payload, { subjectEmail: payload.email });
    if (mail) enqueue('job-application-mail', mail, { subjectEmail: addressOf(mail.to) });
    return id;
  })();
}
