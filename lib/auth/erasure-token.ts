/**
 * The sealed token in an erasure confirmation link: whose data, for 15 minutes, usable for
 * nothing else (its purpose is sealed in and checked).
 * @module
 */
import { createSealedValue } from '@/lib/sealed-value';

import { SIGN_IN_LINK_TTL_SECONDS } from './tunables';

export interface ErasureClaim {
  customerId: string;
  email: string;
}

const PURPOSE = 'account-erasure';

const sealed = createSealedValue<ErasureClaim>(SIGN_IN_LINK_TTL_SECONDS, (claim) => {
  const { purpose, customerId, email } = claim;
  if (purpose !== PURPOSE || typeof customerId !== 'string' || typeof email !== 'string') {
    return null;
  }
  return customerId && email ? { customerId, email } : null;
});

/** Seals and opens erasure confirmation tokens. */
export const erasureToken = {
  seal: (claim: ErasureClaim, secret: string) =>
    sealed.seal({ ...claim, purpose: PURPOSE } as ErasureClaim, secret),
  unseal: (value: string | undefined, secret: string) => sealed.unseal(value, secret),
};

export const ERASE_PATH = '/account/data/erase/';

/** The confirmation link mailed to the customer. */
export const erasureConfirmUrl = (siteUrl: string, token: string) =>
  `${siteUrl}${ERASE_PATH}?token=${encodeURIComponent(token)}`;
