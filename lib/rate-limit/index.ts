/**
 * The forms' rate limits: how many submissions one client address may send (only submissions
 * that pass validation count, so a visitor correcting mistakes is never slowed down), and how
 * many confirmation mails one recipient may get.
 * @module
 */
import { createHash } from 'node:crypto';

import { createRateLimiter, type RateLimitDecision } from './sliding-window';

export { createRateLimiter } from './sliding-window';
export type { RateLimitDecision, RateLimiter } from './sliding-window';

/** Accepted submissions per address per window: plenty for a person, little for a script. */
export const FORM_SUBMISSIONS_PER_WINDOW = 5;
export const FORM_WINDOW_MS = 10 * 60 * 1000;

const formLimiter = createRateLimiter({
  limit: FORM_SUBMISSIONS_PER_WINDOW,
  windowMs: FORM_WINDOW_MS,
  maxKeys: 50_000,
});

/** Counts one submission from `clientAddress`; refused past the limit. */
export function limitFormSubmission(clientAddress: string, now?: number): RateLimitDecision {
  return formLimiter.hit(clientAddress, now);
}

/** Confirmation mails one address may receive per day, whoever asks for them. */
export const CONFIRMATION_MAILS_PER_DAY = 3;
const DAY_MS = 24 * 3600 * 1000;

const recipientLimiter = createRateLimiter({
  limit: CONFIRMATION_MAILS_PER_DAY,
  windowMs: DAY_MS,
  maxKeys: 50_000,
});

/**
 * Counts one confirmation mail to `email` (normalised by the caller); refused past the limit,
 * so nobody can flood a stranger's inbox from many client addresses. Kept by a hash of the
 * address: the limiter's memory holds no addresses.
 */
export function limitConfirmationMail(email: string, now?: number): RateLimitDecision {
  const key = createHash('sha256').update(email.toLowerCase()).digest('base64url');
  return recipientLimiter.hit(key, now);
}

/**
 * Consent choices one address may record per window. A person changes their mind a few times
 * at most; each record is kept for the register's period, so a script must not fill the log.
 */
export const CONSENT_CHOICES_PER_WINDOW = 20;

const consentLimiter = createRateLimiter({
  limit: CONSENT_CHOICES_PER_WINDOW,
  windowMs: FORM_WINDOW_MS,
  maxKeys: 50_000,
});

/** Counts one recorded consent choice from `clientAddress`; refused past the limit. */
export function limitConsentChoice(clientAddress: string, now?: number): RateLimitDecision {
  return consentLimiter.hit(clientAddress, now);
}
