/**
 * Everything the site and the CRM hold about a signed-in customer, as one JSON document: the
 * CRM's record (contact, orders, newsletter and consents), the site's account and sessions,
 * and the customer's submissions still waiting in the outbox.
 * @module
 */
import { getCustomerCrm, type Customer, type CustomerRecordExport } from '@/lib/crm';
import { getOutbox } from '@/lib/outbox';
import { listItemsAbout, type SubjectItem } from '@/lib/outbox/subject-items';

import { readLocalAccount, type LocalAccountRecord } from './account-store';

export interface CustomerDataExport {
  exportedAt: string;
  crm: CustomerRecordExport;
  site: {
    account: LocalAccountRecord | null;
    pendingSubmissions: SubjectItem[];
  };
}

// A sealed token (an erasure or newsletter confirmation link's) as iron-webcrypto writes it.
const SEALED_TOKEN = /Fe26\.2\*[^\s"'<>&]+/g;
const WITHHELD = '(withheld: a live link is a key)';

function withoutSealedTokens(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(SEALED_TOKEN, WITHHELD);
  if (Array.isArray(value)) return value.map(withoutSealedTokens);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, entry]) => [key, withoutSealedTokens(entry)]),
    );
  return value;
}

/**
 * A live link is a key: whoever holds the session must not confirm an erasure or sign in
 * without the mailbox. The export says such a mail is pending without copying its link.
 */
export function withoutLiveLinks(item: SubjectItem): SubjectItem {
  if (item.kind === 'sign-in-link' && typeof item.payload === 'object' && item.payload)
    return { ...item, payload: { ...item.payload, url: '(a sign-in link, not repeated here)' } };
  return { ...item, payload: withoutSealedTokens(item.payload) };
}

/** The customer's data export, as of `now`. */
export async function exportCustomerData(
  customer: Customer,
  now = new Date(),
): Promise<CustomerDataExport> {
  const crm = await getCustomerCrm().exportCustomerData(customer);
  return {
    exportedAt: now.toISOString(),
    crm,
    site: {
      account: readLocalAccount(customer.email),
      pendingSubmissions: listItemsAbout(getOutbox(), customer.email).map(withoutLiveLinks),
    },
  };
}
