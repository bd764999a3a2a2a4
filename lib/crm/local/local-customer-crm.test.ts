import { describe, expect, it } from 'vitest';

import { describeCustomerCrmContract } from '@/lib/crm/customer-contract';
import { addLocalCustomer } from '@/lib/crm/local/customers';
import { DEMO_CUSTOMERS, seedDemoCustomers } from '@/lib/crm/local/demo-customers';
import { LocalCrm } from '@/lib/crm/local/local-crm';
import { LocalCustomerCrm } from '@/lib/crm/local/local-customer-crm';
import { purgeLocalCrmOlderThan } from '@/lib/crm/local/records';
import { makeSampleOrders } from '@/lib/crm/sample-orders';
import { openDatabase } from '@/lib/db';

describeCustomerCrmContract('local SQLite', async () => {
  const db = openDatabase(':memory:');
  const customers = new LocalCustomerCrm(db);
  return {
    customers,
    crm: new LocalCrm(db),
    addCustomer: async (customer, orders = []) => addLocalCustomer(db, customer, orders),
    erasureRequests: async () =>
      db
        .prepare<[], { id: string; contactId: string }>(
          'SELECT id, contact_id AS contactId FROM crm_erasure_requests ORDER BY created_at, id',
        )
        .all(),
    close: async () => {
      db.close();
    },
  };
});

describe('seedDemoCustomers', () => {
  it('adds the demo customers and their orders once, even when run again', async () => {
    const db = openDatabase(':memory:');
    const crm = new LocalCustomerCrm(db);
    seedDemoCustomers(db);
    seedDemoCustomers(db);

    const totals = [];
    for (const demo of DEMO_CUSTOMERS) {
      const customer = await crm.findCustomerByEmail(demo.email);
      expect(customer).toMatchObject({ firstName: demo.firstName, lastName: demo.lastName });
      totals.push((await crm.listOrders(customer!, { offset: 0, limit: 10 })).total);
    }
    expect(totals).toEqual([25, 2, 0]);
    const years = new Set(DEMO_CUSTOMERS[0]!.orders.map((o) => o.effectiveDate.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(4);
    db.close();
  });

  it('does not bring back a demo customer deleted after the first start', async () => {
    const db = openDatabase(':memory:');
    const crm = new LocalCustomerCrm(db);
    seedDemoCustomers(db);
    const email = DEMO_CUSTOMERS[2]!.email;
    db.prepare('DELETE FROM crm_contacts WHERE email = ?').run(email);

    seedDemoCustomers(db);

    expect(await crm.findCustomerByEmail(email)).toBeNull();
    db.close();
  });
});

describe('purgeLocalCrmOlderThan and customers', () => {
  it('keeps customers and their orders however old, while purging an old form Contact', async () => {
    const db = openDatabase(':memory:');
    const crm = new LocalCustomerCrm(db);
    const long_ago = new Date('2020-01-01T00:00:00Z');
    seedDemoCustomers(db, long_ago);
    addLocalCustomer(
      db,
      { lastName: 'Buyer', email: 'buyer@example.com' },
      makeSampleOrders(3),
      long_ago,
    );
    addLocalCustomer(
      db,
      { lastName: 'Walk-in', email: 'walkin@example.com', hasAccount: false },
      [],
      long_ago,
    );
    const ordersBefore = db.prepare('SELECT COUNT(*) AS n FROM crm_orders').get();

    expect(purgeLocalCrmOlderThan(new Date('2026-01-01T00:00:00Z'), db)).toBe(1);

    expect(await crm.findCustomerByEmail('walkin@example.com')).toBeNull();
    const buyer = await crm.findCustomerByEmail('buyer@example.com');
    expect((await crm.listOrders(buyer!, { offset: 0, limit: 10 })).total).toBe(3);
    for (const demo of DEMO_CUSTOMERS) {
      expect(await crm.findCustomerByEmail(demo.email)).not.toBeNull();
    }
    expect(db.prepare('SELECT COUNT(*) AS n FROM crm_orders').get()).toEqual(ordersBefore);
    db.close();
  });
});
