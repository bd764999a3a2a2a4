import { purgeAccountsOlderThan } from '@/lib/auth/account-store';
import { purgeLocalAtsOlderThan } from '@/lib/ats/local/records';
import { purgeLocalCrmOlderThan } from '@/lib/crm/local/records';
import { purgeMailboxOlderThan } from '@/lib/mail';
import { purgeOutboxOlderThan } from '@/lib/outbox';
import { purgeConsentLogOlderThan } from '@/lib/privacy/consent/log';
import type { LocalStoreId } from '@/lib/privacy/register';

import type { PurgeFunction } from './purge';

/**
 * The purge function of every local store the register names. A new store in LocalStoreId
 * is a type error here until it has one (or null, with the reason).
 */
export const STORE_PURGERS: Record<LocalStoreId, PurgeFunction | null> = {
  outbox: purgeOutboxOlderThan,
  'consent-log': purgeConsentLogOlderThan,
  'local-crm': (cutoff) => purgeLocalCrmOlderThan(cutoff),
  'local-ats': (cutoff) => purgeLocalAtsOlderThan(cutoff),
  mailbox: purgeMailboxOlderThan,
  accounts: (cutoff) => purgeAccountsOlderThan(cutoff),
};

/** The stores that can be purged now. */
export function getStorePurgers(): Partial<Record<LocalStoreId, PurgeFunction>> {
  return Object.fromEntries(
    Object.entries(STORE_PURGERS).filter((entry): entry is [LocalStoreId, PurgeFunction] =>
      Boolean(entry[1]),
    ),
  );
}
