/**
 * The forms' rate limit: how many submissions one client address may send. Only submissions
 * that pass validation count, so a visitor correcting mistakes is never slowed down.
 * @module
 */
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
export function limitFormSubmission(clientAddress: string): RateLimitDecision {
  return formLimiter.hit(clientAddress);
}
