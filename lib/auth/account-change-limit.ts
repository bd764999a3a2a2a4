/**
 * Changes a signed-in customer can ask for (newsletter switches, erasure mails) are limited
 * per customer: each one writes to the CRM or sends a mail, and a script holding a session
 * must not fill the CRM with consent records or an inbox with confirmation links.
 * @module
 */
import { createRateLimiter } from '@/lib/rate-limit';

/** Changes per customer per hour. */
export const ACCOUNT_CHANGES_PER_HOUR = 6;

/** A fresh limiter (tests make their own; the site uses `accountChangeLimit`). */
export function createAccountChangeLimit() {
  return createRateLimiter({
    limit: ACCOUNT_CHANGES_PER_HOUR,
    windowMs: 60 * 60 * 1000,
    maxKeys: 50_000,
  });
}

export const accountChangeLimit = createAccountChangeLimit();
