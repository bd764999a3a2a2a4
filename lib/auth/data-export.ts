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

/** A live sign-in link is a key: the export says one is pending without copying it. */
function withoutLiveLinks(item: SubjectItem): SubjectItem {
  if (item.kind !== 'sign-in-link' || typeof item.payload !== 'object' || !item.payload)
    return item;
  return { ...item, payload: { ...item.payload, url: '(a sign-in link, not repeated here)' } };
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
