/**
 * The CRM as the rest of the site uses it: `getCrm()` answers the adapter that
 * getConfig().crm chose, Salesforce through jsforce or the local SQLite CRM.
 * @module
 */
import { getConfig } from '@/lib/config';
import { LocalCrm } from '@/lib/crm/local/local-crm';
import { getLocalCrmDatabase } from '@/lib/crm/local/records';
import type { Crm } from '@/lib/crm/port';
import { SalesforceCrm } from '@/lib/crm/salesforce/salesforce-crm';

export { CrmError } from '@/lib/crm/port';
export type * from '@/lib/crm/port';

let crm: Crm | undefined;

/** The process's CRM adapter, made on first use (one jsforce connection or SQLite handle). */
export function getCrm(): Crm {
  if (!crm) {
    const { crm: config } = getConfig();
    crm =
      config.kind === 'salesforce'
        ? new SalesforceCrm(config)
        : new LocalCrm(getLocalCrmDatabase());
  }
  return crm;
}
