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

/** A sign-in link: the address it was asked for and the link (erased once delivered). */
export const signInLinkPayloadSchema = z.strictObject({
  email,
  url: z.url().max(4_000),
});

/** A customer's confirmed erasure request: the Contact id and when it was confirmed. */
export const erasureRequestPayloadSchema = z.strictObject({
  customerId: z.string().min(1).max(100),
  confirmedAt: isoTime,
});

/** The resume formats the ATS takes (lib/ats/port.ts ResumeFile['format']). */
const RESUME_FORMATS = ['pdf', 'doc', 'docx', 'rtf', 'odt', 'txt'] as const;
// A 5 MB resume in base64: 4 characters for every 3 bytes.
const RESUME_BASE64_MAX = Math.ceil((5 * 1024 * 1024) / 3) * 4;

/** A job application: ApplicationInput without its submission id, the resume in base64. */
export const jobApplicationPayloadSchema = z.strictObject({
  jobId: z.number().int().positive(),
  firstName: shortText.min(1),
  lastName: shortText.min(1),
  email,
  phone: z.string().max(50).optional(),
  motivation: z.string().max(20_000).optional(),
  resume: z.strictObject({
    fileName: z.string().min(1).max(100),
    format: z.enum(RESUME_FORMATS),
    mediaType: z.string().min(1).max(200),
    base64: z.base64().min(4).max(RESUME_BASE64_MAX),
  }),
});

/** The schema of each kind this module delivers. */
export const PAYLOAD_SCHEMAS = {
  contact: contactPayloadSchema,
  'newsletter-subscribe': newsletterSubscribePayloadSchema,
  'newsletter-unsubscribe': newsletterUnsubscribePayloadSchema,
  mail: mailPayloadSchema,
  'job-application': jobApplicationPayloadSchema,
  'job-application-mail': mailPayloadSchema,
  'sign-in-link': signInLinkPayloadSchema,
  'account-mail': mailPayloadSchema,
  'erasure-request': erasureRequestPayloadSchema,
} satisfies Partial<Record<SubmissionKind, z.ZodType>>;

export type DeliveredKind = keyof typeof PAYLOAD_SCHEMAS;

export type ContactPayload = z.infer<typeof contactPayloadSchema>;
export type NewsletterSubscribePayload = z.infer<typeof newsletterSubscribePayloadSchema>;
export type NewsletterUnsubscribePayload = z.infer<typeof newsletterUnsubscribePayloadSchema>;
export type MailPayload = z.infer<typeof mailPayloadSchema>;
export type JobApplicationPayload = z.infer<typeof jobApplicationPayloadSchema>;
export type SignInLinkPayload = z.infer<typeof signInLinkPayloadSchema>;
export type ErasureRequestPayload = z.infer<typeof erasureRequestPayloadSchema>;
