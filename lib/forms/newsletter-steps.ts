/**
 * The newsletter's steps after sign-up, shared by the pages' server actions and the one-click
 * route: each opens its token and, when it is good, puts the work into the outbox.
 * @module
 */
import { getLogger } from '@/lib/log';
import {
  enqueueMail,
  enqueueNewsletterSubscribe,
  enqueueNewsletterUnsubscribe,
} from '@/lib/submissions';

import { welcomeMail } from './newsletter-mails';
import { confirmationToken, unsubscribeToken } from './newsletter-tokens';

export interface StepContext {
  secret: string;
  siteUrl: string;
  now?: number;
}

export type StepResult = 'done' | 'invalid-token';

/** Subscribes the address a confirmation link was sent to, and sends the welcome mail. */
export async function confirmSubscription(
  token: string | undefined,
  { secret, siteUrl }: Omit<StepContext, 'now'>,
): Promise<StepResult> {
  const claim = await confirmationToken.unseal(token, secret);
  if (!claim) {
    getLogger().info('newsletter.confirm_token_invalid');
    return 'invalid-token';
  }
  const unsubscribe = await unsubscribeToken.seal({ email: claim.email }, secret);
  enqueueNewsletterSubscribe({
    email: claim.email,
    firstName: claim.firstName,
    consent: {
      text: claim.consentText,
      version: claim.consentVersion,
      givenAt: new Date(claim.consentAt),
    },
  });
  enqueueMail(
    welcomeMail({
      siteUrl,
      to: claim.email,
      firstName: claim.firstName,
      unsubscribeToken: unsubscribe,
    }),
  );
  getLogger().info('newsletter.confirmed');
  return 'done';
}

/** Unsubscribes the address an unsubscribe link was made for; repeating it is harmless. */
export async function unsubscribeFromNewsletter(
  token: string | undefined,
  { secret, now = Date.now() }: Omit<StepContext, 'siteUrl'>,
): Promise<StepResult> {
  const claim = await unsubscribeToken.unseal(token, secret);
  if (!claim) {
    getLogger().info('newsletter.unsubscribe_token_invalid');
    return 'invalid-token';
  }
  enqueueNewsletterUnsubscribe({ email: claim.email, at: new Date(now) });
  getLogger().info('newsletter.unsubscribed');
  return 'done';
}
