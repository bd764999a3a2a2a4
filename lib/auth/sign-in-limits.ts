/**
 * Sign-in requests are limited per email address (so nobody can flood an inbox, from however
 * many clients) and per client (so nobody can probe many addresses). Both limits answer the
 * same whatever the address is: a stranger's address is counted like a customer's.
 * @module
 */
import { createHash } from 'node:crypto';

import { createRateLimiter, type RateLimitDecision } from '@/lib/rate-limit';

import {
  SIGN_IN_DAY_MS,
  SIGN_IN_REQUESTS_PER_ADDRESS,
  SIGN_IN_REQUESTS_PER_ADDRESS_PER_DAY,
  SIGN_IN_REQUESTS_PER_CLIENT,
  SIGN_IN_WINDOW_MS,
} from './tunables';

export interface SignInLimits {
  /** Counts one request for `email` from `client`; refused when either limit is reached. */
  hit(email: string, client: string, now?: number): RateLimitDecision;
}

/** A fresh pair of limiters (tests make their own; the site uses `signInLimits`). */
export function createSignInLimits(): SignInLimits {
  const byAddress = createRateLimiter({
    limit: SIGN_IN_REQUESTS_PER_ADDRESS,
    windowMs: SIGN_IN_WINDOW_MS,
    maxKeys: 50_000,
  });
  const byAddressPerDay = createRateLimiter({
    limit: SIGN_IN_REQUESTS_PER_ADDRESS_PER_DAY,
    windowMs: SIGN_IN_DAY_MS,
    maxKeys: 50_000,
  });
  const byClient = createRateLimiter({
    limit: SIGN_IN_REQUESTS_PER_CLIENT,
    windowMs: SIGN_IN_WINDOW_MS,
    maxKeys: 50_000,
  });
  return {
    hit(email, client, now) {
      const fromClient = byClient.hit(client, now);
      if (!fromClient.allowed) return fromClient;
      // Kept by a hash: the limiter's memory holds no addresses.
      const key = createHash('sha256').update(email.toLowerCase()).digest('base64url');
      const inWindow = byAddress.hit(key, now);
      if (!inWindow.allowed) return inWindow;
      return byAddressPerDay.hit(key, now);
    },
  };
}

/** The process's sign-in limits. */
export const signInLimits = createSignInLimits();
