import type { z } from 'zod';

import { getCrm } from '@/lib/crm';
import type { Crm } from '@/lib/crm/port';
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
}

/**
 * The delivery of each kind: the CRM for contact requests and newsletter changes, the mail
 * port for mail. Every call carries the submission id, so a redelivery changes nothing.
 */
export function createDeliveryHandlers(
  dependencies: HandlerDependencies = { getCrm, getMailer },
): DeliveryHandlers {
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
  };
}
