/**
 * What each kind of submission carries in the outbox, as zod schemas: checked before it is
 * enqueued and again after it is decrypted for delivery (a payload from an older release, or
 * a bug, is dead-lettered instead of reaching the CRM half-formed). The forms validate more
 * strictly; these bounds only keep the outbox's contract.
 * @module
 */
import { z } from 'zod';

import type { SubmissionKind } from '@/lib/outbox/types';

const email = z.string().trim().min(3).max(320).includes('@');
const shortText = z.string().max(200);
const isoTime = z.iso.datetime({ offset: true });

/** A contact request: LeadInput without its submission id (the outbox supplies it). */
export const contactPayloadSchema = z.strictObject({
  firstName: shortText.optional(),
  lastName: shortText.min(1),
  email,
  company: shortText.optional(),
  phone: z.string().max(50).optional(),
  description: z.string().max(20_000),
});

/** A confirmed newsletter subscription; the consent's time as an ISO string. */
export const newsletterSubscribePayloadSchema = z.strictObject({
  email,
  firstName: shortText.optional(),
  lastName: shortText.optional(),
  consent: z.strictObject({
    text: z.string().min(1).max(2_000),
    version: z.string().min(1).max(100),
    givenAt: isoTime,
  }),
});

export const newsletterUnsubscribePayloadSchema = z.strictObject({
  email,
  at: isoTime,
});

/** An outgoing mail: the mail port's MailMessage. */
export const mailPayloadSchema = z.strictObject({
  to: z.string().min(3).max(1_000),
  subject: z.string().max(1_000),
  text: z.string().max(200_000),
  html: z.string().max(500_000).optional(),
  headers: z.record(z.string().max(100), z.string().max(2_000)).optional(),
});

/** The schema of each kind this module delivers (job applications belong to the ATS work). */
export const PAYLOAD_SCHEMAS = {
  contact: contactPayloadSchema,
  'newsletter-subscribe': newsletterSubscribePayloadSchema,
  'newsletter-unsubscribe': newsletterUnsubscribePayloadSchema,
  mail: mailPayloadSchema,
} satisfies Partial<Record<SubmissionKind, z.ZodType>>;

export type DeliveredKind = keyof typeof PAYLOAD_SCHEMAS;

export type ContactPayload = z.infer<typeof contactPayloadSchema>;
export type NewsletterSubscribePayload = z.infer<typeof newsletterSubscribePayloadSchema>;
export type NewsletterUnsubscribePayload = z.infer<typeof newsletterUnsubscribePayloadSchema>;
export type MailPayload = z.infer<typeof mailPayloadSchema>;
