/**
 * A customer's erasure request: a button mails a sealed 15-minute link; the link's page shows
 * a button whose post confirms. Confirming puts the request in the outbox for the CRM (where a
 * person carries it out) and deletes the site's account with every session at once.
 * @module
 */
import type { Customer } from '@/lib/crm';
import { tokenReceiptKey, type Receipts } from '@/lib/forms/receipts';
import { getLogger } from '@/lib/log';
import { enqueueAccountMail, enqueueErasureRequest } from '@/lib/submissions';

import { deleteLocalAccount } from './account-store';
import { erasureConfirmUrl, erasureToken } from './erasure-token';
import { erasureConfirmationMail } from './sign-in-mail';
import { SIGN_IN_LINK_TTL_SECONDS } from './tunables';

const RECEIPT_FORM = 'account-erasure';
// The token expires after 15 minutes (iron allows a minute of skew); its receipt need not
// outlive it.
const RECEIPT_MS = SIGN_IN_LINK_TTL_SECONDS * 1000 + 5 * 60 * 1000;

/** Mails the customer the link that confirms their erasure request. */
export async function mailErasureConfirmation(
  customer: Customer,
  { secret, siteUrl }: { secret: string; siteUrl: string },
): Promise<void> {
  const token = await erasureToken.seal({ customerId: customer.id, email: customer.email }, secret);
  enqueueAccountMail(
    erasureConfirmationMail({ to: customer.email, url: erasureConfirmUrl(siteUrl, token) }),
  );
  getLogger().info('account.erasure_mail_requested');
}

export type ErasureResult = 'done' | 'invalid-token';

/**
 * Confirms the erasure a link's token names, once: a second use answers 'done' and stores
 * nothing more. The request and the account's deletion happen in one transaction with the
 * receipt.
 */
export async function confirmErasure(
  token: string | undefined,
  { secret, receipts, now = Date.now() }: { secret: string; receipts: Receipts; now?: number },
): Promise<ErasureResult> {
  const claim = await erasureToken.unseal(token, secret);
  if (!claim || !token) return 'invalid-token';
  const isFirst = receipts.record(
    RECEIPT_FORM,
    tokenReceiptKey(token),
    { now, keepMs: RECEIPT_MS },
    () => {
      enqueueErasureRequest(
        { customerId: claim.customerId, confirmedAt: new Date(now) },
        claim.email,
      );
      const ended = deleteLocalAccount(claim.email);
      getLogger().info({ sessionsEnded: ended }, 'account.erasure_confirmed');
    },
  );
  if (!isFirst) getLogger().info('account.erasure_token_repeated');
  return 'done';
}
