import type { z } from 'zod';

import { getAts } from '@/lib/ats';
import type { Ats } from '@/lib/ats/port';
import { signInMail } from '@/lib/auth/sign-in-mail';
import { getCrm, getCustomerCrm } from '@/lib/crm';
import type { Crm, CustomerCrm } from '@/lib/crm/port';
import { getMailer } from '@/lib/mail';
import type { Mailer } from '@/lib/mail/port';
import { OutboxDeliveryError } from '@/lib/outbox/failure';
import type { DeliveryHandlers } from '@/lib/outbox/types';
import { PAYLOAD_SCHEMAS } from '@/lib/submissions/schemas';

/** Re-validates a decrypted payload; a bad one is dead-lettered, never half-delivered. */
function parsePayload<S extends z.ZodType>(schema: S, payload: unknown): z.infer<S> {
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    // The issues' paths name fields, never values; they stay out of the message all the same.
    throw new OutboxDeliveryError('invalid-payload', 'the payload does not match its kind', {
      retryable: false,
    });
  }
  return parsed.data;
}

export interface HandlerDependencies {
  getCrm: () => Crm;
  getMailer: () => Mailer;
  /** The CRM's customer side (sign-in links, erasure requests); lib/crm's by default. */
  getCustomerCrm?: () => CustomerCrm;
  /** The ATS, for job applications; lib/ats's by default. */
  getAts?: () => Ats;
}

/**
 * The delivery of each kind: the CRM for contact requests and newsletter changes, the ATS for
 * job applications, the mail port for mail. Every call carries the submission id, so a
 * redelivery changes nothing.
 */
export function createDeliveryHandlers(
  dependencies: HandlerDependencies = { getCrm, getMailer },
): DeliveryHandlers {
  const customerCrm = () => (dependencies.getCustomerCrm ?? getCustomerCrm)();
  return {
    async contact(payload, { submissionId }) {
      const lead = parsePayload(PAYLOAD_SCHEMAS.contact, payload);
      const { id } = await dependencies.getCrm().createLead({ ...lead, submissionId });
      return { externalId: id };
    },

    async 'newsletter-subscribe'(payload, { submissionId }) {
      const input = parsePayload(PAYLOAD_SCHEMAS['newsletter-subscribe'], payload);
      const { id } = await dependencies.getCrm().subscribeToNewsletter({
        ...input,
        consent: { ...input.consent, givenAt: new Date(input.consent.givenAt) },
        submissionId,
      });
      return { externalId: id };
    },

    async 'newsletter-unsubscribe'(payload, { submissionId }) {
      const input = parsePayload(PAYLOAD_SCHEMAS['newsletter-unsubscribe'], payload);
      await dependencies
        .getCrm()
        .unsubscribeFromNewsletter({ email: input.email, at: new Date(input.at), submissionId });
      return { externalId: '' };
    },

    async mail(payload, { submissionId }) {
      const message = parsePayload(PAYLOAD_SCHEMAS.mail, payload);
      const { messageId } = await dependencies
        .getMailer()
        .send(message, { idempotencyKey: submissionId });
      return { externalId: messageId };
    },
    async 'job-application'(payload, { submissionId }) {
      const { resume, ...application } = parsePayload(PAYLOAD_SCHEMAS['job-application'], payload);
      const { candidateId } = await (dependencies.getAts ?? getAts)().apply({
        ...application,
        resume: {
          fileName: resume.fileName,
          format: resume.format,
          mediaType: resume.mediaType,
          bytes: new Uint8Array(Buffer.from(resume.base64, 'base64')),
        },
        submissionId,
      });
      return { externalId: candidateId };
    },
    async 'job-application-mail'(payload, { submissionId }) {
      const message = parsePayload(PAYLOAD_SCHEMAS['job-application-mail'], payload);
      const { messageId } = await dependencies
        .getMailer()
        .send(message, { idempotencyKey: submissionId });
      return { externalId: messageId };
    },
    async 'account-mail'(payload, { submissionId }) {
      const message = parsePayload(PAYLOAD_SCHEMAS['account-mail'], payload);
      const { messageId } = await dependencies
        .getMailer()
        .send(message, { idempotencyKey: submissionId });
      return { externalId: messageId };
    },
    // The CRM is asked here, off the visitor's request, so the sign-in form answers every
    // address alike; a stranger's item is delivered as nothing and erased all the same.
    async 'sign-in-link'(payload, { submissionId }) {
      const { email, url } = parsePayload(PAYLOAD_SCHEMAS['sign-in-link'], payload);
      const customer = await customerCrm().findCustomerByEmail(email);
      if (!customer) return { externalId: '' };
      const { messageId } = await dependencies
        .getMailer()
        .send(signInMail({ to: email, url }), { idempotencyKey: submissionId });
      return { externalId: messageId };
    },
    async 'erasure-request'(payload, { submissionId }) {
      const input = parsePayload(PAYLOAD_SCHEMAS['erasure-request'], payload);
      const { id } = await customerCrm().requestErasure({
        customerId: input.customerId,
        confirmedAt: new Date(input.confirmedAt),
        submissionId,
      });
      return { externalId: id };
    },
  };
}
