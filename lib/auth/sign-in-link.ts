/**
 * The sign-in link as the customer gets it. The mail points at our own page
 * (/account/login/confirm/), which shows a button; the button's GET form goes on to Auth.js's
 * callback, which spends the token. Mail scanners that open every link (to check it) so never
 * use up a customer's one-time link: they do not press buttons.
 * @module
 */
import { createHash } from 'node:crypto';

import type { Db } from '@/lib/db';

import { toAccountPath } from './account-path';
import { AUTH_BASE_PATH, EMAIL_PROVIDER_ID } from './tunables';

export const CONFIRM_SIGN_IN_PATH = '/account/login/confirm/';

/** Where the confirm page's button goes: Auth.js's callback for the email provider. */
export const EMAIL_CALLBACK_PATH = `${AUTH_BASE_PATH}/callback/${EMAIL_PROVIDER_ID}/`;

/** What a sign-in link carries. */
export interface SignInLinkParams {
  token: string;
  email: string;
  callbackUrl: string;
}

/**
 * Turns Auth.js's link (built on the request's own Host) into the mailed one: on SITE_URL
 * whatever Host a client sent, to the confirm page, with the callback reduced to a path
 * under /account.
 */
export function toSiteLink(authUrl: string, siteUrl: string): string {
  const link = new URL(authUrl);
  const params = new URLSearchParams({
    token: link.searchParams.get('token') ?? '',
    email: link.searchParams.get('email') ?? '',
    callbackUrl: toAccountPath(link.searchParams.get('callbackUrl'), link.origin),
  });
  return `${siteUrl}${CONFIRM_SIGN_IN_PATH}?${params}`;
}

/** The link's parameters from a page's query, or null when one is missing or repeated. */
export function readSignInLink(
  query: Record<string, string | string[] | undefined>,
): SignInLinkParams | null {
  const { token, email, callbackUrl } = query;
  if (typeof token !== 'string' || typeof email !== 'string') return null;
  if (!/^[0-9a-f]{16,128}$/.test(token) || email.length > 254) return null;
  return { token, email, callbackUrl: toAccountPath(callbackUrl) };
}

/**
 * Whether the link's token is still waiting to be used (stored, unexpired), read without
 * spending it. Auth.js stores SHA-256 of the token followed by its secret.
 */
export function isSignInLinkUsable(
  db: Db,
  { token, email }: SignInLinkParams,
  authSecret: string,
  now = Date.now(),
): boolean {
  const hashed = createHash('sha256').update(`${token}${authSecret}`).digest('hex');
  const row = db
    .prepare<[string, string], { expires: number }>(
      'SELECT expires FROM auth_verification_tokens WHERE identifier = ? AND token = ?',
    )
    .get(email, hashed);
  return row !== undefined && row.expires >= now;
}
