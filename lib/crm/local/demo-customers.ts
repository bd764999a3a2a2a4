/**
 * The demo customers a fresh local CRM starts with, so that a new developer can sign in
 * through the local mailbox and look around. The README lists them ("Customer accounts:
 * demo customers"); keep the two in step.
 * @module
 */
import { addLocalCustomer, type LocalCustomerInput } from '@/lib/crm/local/customers';
import { makeSampleOrders, type SampleOrder } from '@/lib/crm/sample-orders';
import type { Db } from '@/lib/db';

const SEED_NAME = 'demo-customers-v1';

export const DEMO_CUSTOMERS: readonly (LocalCustomerInput & { orders: SampleOrder[] })[] = [
  {
    firstName: 'Mira',
    lastName: 'Quillfeather',
    email: 'mira.quillfeather@example.com',
    phone: '+44 20 7946 0018',
    // Enough orders, over several years, to page through.
    orders: makeSampleOrders(25, { seed: 11, newest: '2026-10-14', everyDays: 73 }),
  },
  {
    firstName: 'Tobias',
    lastName: 'Brennwald',
    email: 'tobias.brennwald@example.org',
    orders: makeSampleOrders(2, { seed: 23, newest: '2026-06-02', everyDays: 140 }),
  },
  {
    firstName: 'Ines',
    lastName: 'Okonkwo-Laurent',
    email: 'ines.okonkwo-laurent@example.com',
    orders: [],
  },
];

/**
 * Adds the demo customers once per database: the marker row stays, so customers deleted or
 * erased later do not come back on the next start.
 */
export function seedDemoCustomers(db: Db, at: Date = new Date()): void {
  db.transaction(() => {
    const marked = db
      .prepare<[string, number], unknown>(
        'INSERT INTO crm_seeds (name, applied_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING',
      )
      .run(SEED_NAME, at.getTime());
    if (marked.changes === 0) return;
    for (const { orders, ...customer } of DEMO_CUSTOMERS) {
      addLocalCustomer(db, customer, orders, at);
    }
  })();
}
