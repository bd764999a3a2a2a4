/**
 * The CRM as the rest of the site uses it: `getCrm()` answers the adapter that
 * getConfig().crm chose, Salesforce through jsforce or the local SQLite CRM, and
 * `getCustomerCrm()` the customer side of the same CRM, behind a short per-customer cache.
 * @module
 */
import { getConfig } from '@/lib/config';
import { CachedCustomerCrm } from '@/lib/crm/customer-cache';
import { LocalCrm } from '@/lib/crm/local/local-crm';
import { LocalCustomerCrm } from '@/lib/crm/local/local-customer-crm';
import { getLocalCrmDatabase } from '@/lib/crm/local/records';
import type { Crm } from '@/lib/crm/port';
import { SalesforceCrm } from '@/lib/crm/salesforce/salesforce-crm';
import { SalesforceCustomerCrm } from '@/lib/crm/salesforce/salesforce-customer-crm';
import { SalesforceSession } from '@/lib/crm/salesforce/session';

export { CrmError } from '@/lib/crm/port';
export type * from '@/lib/crm/port';
export type { CachedCustomerCrm } from '@/lib/crm/customer-cache';

interface Adapters {
  crm: Crm;
  customerCrm: CachedCustomerCrm;
}

let adapters: Adapters | undefined;

/** Both sides of the process's CRM, sharing one jsforce session or SQLite handle. */
function getAdapters(): Adapters {
  if (!adapters) {
    const { crm: config, customerCacheSeconds } = getConfig();
    const cache = { ttlMs: customerCacheSeconds * 1000 };
    if (config.kind === 'salesforce') {
      const session = new SalesforceSession(config);
      adapters = {
        crm: new SalesforceCrm(config, {}, session),
        customerCrm: new CachedCustomerCrm(new SalesforceCustomerCrm(config, session), cache),
      };
    } else {
      const db = getLocalCrmDatabase();
      adapters = {
        crm: new LocalCrm(db),
        customerCrm: new CachedCustomerCrm(new LocalCustomerCrm(db), cache),
      };
    }
  }
  return adapters;
}

/** The process's CRM adapter, made on first use (one jsforce connection or SQLite handle). */
export function getCrm(): Crm {
  return getAdapters().crm;
}

/**
 * The customer side of the process's CRM (accounts, orders, export, erasure). Order lists
 * and orders are cached per customer for CUSTOMER_CACHE_SECONDS; call `forgetCustomer(id)`
 * on it after changing what the CRM holds about a customer (requestErasure does it itself).
 */
export function getCustomerCrm(): CachedCustomerCrm {
  return getAdapters().customerCrm;
}
