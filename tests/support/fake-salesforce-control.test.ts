import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { SalesforceCrm } from '@/lib/crm/salesforce/salesforce-crm';
import { SalesforceCustomerCrm } from '@/lib/crm/salesforce/salesforce-customer-crm';
import { SalesforceSession } from '@/lib/crm/salesforce/session';
import { makeSampleOrders } from '@/lib/crm/sample-orders';

import { spawnFakeSalesforce, type FakeSalesforceProcess } from './fake-salesforce-control';

vi.stubEnv('LOG_LEVEL', 'error');

describe('the fake Salesforce as its own process', () => {
  let fake: FakeSalesforceProcess;
  beforeAll(async () => {
    fake = await spawnFakeSalesforce();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it('serves jsforce, takes faults over HTTP and shows its records', async () => {
    const crm = new SalesforceCrm(
      {
        kind: 'salesforce',
        loginUrl: fake.url,
        clientId: fake.clientId,
        clientSecret: fake.clientSecret,
        user: { username: fake.username, password: fake.password },
        apiVersion: '62.0',
        externalIdField: fake.externalIdField,
        timeoutMs: 2000,
        currency: 'EUR',
      },
      { backoffMs: [5] },
    );
    await fake.injectFault({ fault: 'unavailable', times: 1, pathIncludes: '/sobjects/Lead' });

    const { id } = await crm.createLead({
      submissionId: 'cli-1',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      description: 'Hello',
    });

    expect((await fake.records('Lead')).map((record) => record.Id)).toEqual([id]);
    const statuses = (await fake.requests())
      .filter((request) => request.path.includes('/sobjects/Lead'))
      .map((request) => request.status);
    expect(statuses).toEqual([503, 201]);
  });

  it('seeds a customer with orders over HTTP and answers them to the customer adapter', async () => {
    const config = {
      kind: 'salesforce' as const,
      loginUrl: fake.url,
      clientId: fake.clientId,
      clientSecret: fake.clientSecret,
      user: { username: fake.username, password: fake.password },
      apiVersion: '62.0',
      externalIdField: fake.externalIdField,
      timeoutMs: 2000,
      currency: 'EUR',
    };
    const customers = new SalesforceCustomerCrm(config, new SalesforceSession(config));
    const added = await fake.addCustomer(
      { lastName: 'Remote', email: 'remote@example.com' },
      makeSampleOrders(12, { seed: 3 }),
    );
    await fake.injectFault({ fault: 'slow', delayMs: 50, times: 2, pathIncludes: '/query' });

    const customer = await customers.findCustomerByEmail('remote@example.com');
    const page = await customers.listOrders(customer!, { offset: 10, limit: 5 });

    expect(customer?.accountId).toBe(added.accountId);
    expect(page.total).toBe(12);
    expect(page.orders.map((order) => order.id)).toEqual(added.orderIds.slice(0, 2).reverse());
    const slowed = (await fake.requests()).filter((request) => request.fault === 'slow');
    expect(slowed).toHaveLength(2);
  });
});
