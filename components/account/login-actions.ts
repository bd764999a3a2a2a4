'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';

import { AUTH_PAGES, signIn, toAccountPath } from '@/lib/auth';
import { signInLimits } from '@/lib/auth/sign-in-limits';
import { EMAIL_PROVIDER_ID } from '@/lib/auth/tunables';
import { isDeliverableEmail, normalizeEmail } from '@/lib/forms/email';
import { getClientAddress } from '@/lib/http/client-address';
import { getLogger } from '@/lib/log';

export interface LoginState {
  status: 'idle' | 'invalid' | 'limited' | 'unavailable';
  message: string;
}

const field = (formData: unknown, name: string) =>
  formData instanceof FormData && typeof formData.get(name) === 'string'
    ? (formData.get(name) as string)
    : '';

/**
 * Asks for a sign-in link. Every valid address gets the same redirect to "a link is on its
 * way", customer or not: the outbox's worker decides whether a mail goes out. Its arguments
 * are whatever the request carried, so they are checked, not trusted.
 */
export async function requestSignInLink(
  _previous: unknown,
  formData: unknown,
): Promise<LoginState> {
  const email = field(formData, 'email').trim();
  if (!isDeliverableEmail(email)) {
    return {
      status: 'invalid',
      message: 'Please enter your email address, like name@example.com.',
    };
  }
  const callbackPath = toAccountPath(field(formData, 'callbackUrl'));

  const decision = signInLimits.hit(normalizeEmail(email), getClientAddress(await headers()));
  if (!decision.allowed) {
    const minutes = Math.max(1, Math.ceil(decision.retryAfterMs / 60_000));
    getLogger().warn('account.sign_in_limited');
    return {
      status: 'limited',
      message: `Too many sign-in attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    };
  }

  try {
    await signIn(EMAIL_PROVIDER_ID, { email, redirectTo: callbackPath, redirect: false });
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'account.sign_in_request_failed');
    return {
      status: 'unavailable',
      message: 'Sign-in is not available just now. Please try again in a few minutes.',
    };
  }
  getLogger().info('account.sign_in_requested');
  redirect(AUTH_PAGES.verifyRequest);
}
