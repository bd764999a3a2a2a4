/**
 * The newsletter's steps after sign-up, shared by the pages' server actions and the one-click
 * route: each opens its token and, when it is good, puts the work into the outbox. Each token
 * works once: its use is recorded (a hash of it, see receipts.ts) in the same transaction as
 * the work, and a second use answers the same success and stores nothing.
 * @module
 */
import { getLogger } from '@/lib/log';
import { limitFormSubmission } from '@/lib/rate-limit';
import {
  enqueueMail,
  enqueueNewsletterSubscribe,
  enqueueNewsletterUnsubscribe,
} from '@/lib/submissions';

import { welcomeMail } from './newsletter-mails';
import { CONFIRMATION_TTL_SECONDS, confirmationToken, unsubscribeToken } from './newsletter-tokens';
import { tokenReceiptKey, type Receipts } from './receipts';

export interface StepContext {
  secret: string;
  siteUrl: string;
  /** Counted against the forms' per-client rate limit. */
  clientAddress: string;
  receipts: Receipts;
  now?: number;
}

export type StepResult = 'done' | 'invalid-token' | 'limited';

// A confirmation token expires after 48 hours (iron allows a minute of skew); its receipt
// need not outlive it.
const CONFIRM_RECEIPT_MS = CONFIRMATION_TTL_SECONDS * 1000 + 5 * 60 * 1000;
// Unsubscribe tokens never expire. A day of receipts stops a replayed link from filling the
// outbox; a replay after that enqueues one more unsubscribe, which the CRM takes as a no-op.
const UNSUBSCRIBE_RECEIPT_MS = 24 * 3600 * 1000;

/**
 * Records the token's use and runs `work` with it, once: 'done' for a token used before (not
 * counted against the rate limit), 'limited' when the client has sent too much.
 */
function spendToken(
  receiptForm: string,
  token: string,
  keepMs: number,
  {
    receipts,
    clientAddress,
    now = Date.now(),
  }: Pick<StepContext, 'receipts' | 'clientAddress' | 'now'>,
  work: () => void,
): StepResult {
  const key = tokenReceiptKey(token);
  if (receipts.has(receiptForm, key)) {
    getLogger().info({ form: receiptForm }, 'newsletter.token_repeated');
    return 'done';
  }
  if (!limitFormSubmission(clientAddress, now).allowed) {
    getLogger().warn({ form: receiptForm }, 'newsletter.rate_limited');
    return 'limited';
  }
  if (!receipts.record(receiptForm, key, { now, keepMs }, work)) {
    getLogger().info({ form: receiptForm }, 'newsletter.token_repeated');
  }
  return 'done';
}

/** Subscribes the address a confirmation link was sent to, and sends the welcome mail. */
export async function confirmSubscription(
  token: string | undefined,
  context: StepContext,
): Promise<StepResult> {
  const claim = await confirmationToken.unseal(token, context.secret);
  if (!claim || !token) {
    getLogger().info('newsletter.confirm_token_invalid');
    return 'invalid-token';
  }
  const unsubscribe = await unsubscribeToken.seal({ email: claim.email }, context.secret);
  return spendToken('newsletter-confirm', token, CONFIRM_RECEIPT_MS, context, () => {
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
        siteUrl: context.siteUrl,
        to: claim.email,
        firstName: claim.firstName,
        unsubscribeToken: unsubscribe,
      }),
    );
    getLogger().info('newsletter.confirmed');
  });
}

/** Unsubscribes the address an unsubscribe link was made for. */
export async function unsubscribeFromNewsletter(
  token: string | undefined,
  context: Omit<StepContext, 'siteUrl'>,
): Promise<StepResult> {
  const claim = await unsubscribeToken.unseal(token, context.secret);
  if (!claim || !token) {
    getLogger().info('newsletter.unsubscribe_token_invalid');
    return 'invalid-token';
  }
  const now = context.now ?? Date.now();
  return spendToken('newsletter-unsubscribe', token, UNSUBSCRIBE_RECEIPT_MS, context, () => {
    enqueueNewsletterUnsubscribe({ email: claim.email, at: new Date(now) });
    getLogger().info('newsletter.unsubscribed');
  });
}
