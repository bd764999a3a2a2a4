import { afterEach, describe, expect, it, vi } from 'vitest';

import { describeCustomerCrmContract } from '@/lib/crm/customer-contract';
import { CrmError } from '@/lib/crm/port';
import { SalesforceCrm } from '@/lib/crm/salesforce/salesforce-crm';
import { SalesforceCustomerCrm } from '@/lib/crm/salesforce/salesforce-customer-crm';
import { SalesforceSession, type SalesforceConfig } from '@/lib/crm/salesforce/session';
import { makeSampleOrders } from '@/lib/crm/sample-orders';
import {
  startFakeSalesforce,
  type FakeSalesforce,
  type FakeSalesforceOptions,
} from '@/tests/support/fake-salesforce';

// Each fake starts with a login; their log lines would drown the test report.
vi.stubEnv('LOG_LEVEL', 'error');

function configFor(fake: FakeSalesforce, overrides: Partial<SalesforceConfig> = {}) {
  const { clientId, clientSecret, username, password } = fake.credentials;
  return {
    kind: 'salesforce',
    loginUrl: fake.url,
    clientId,
    clientSecret,
    user: { username, password },
    apiVersion: '62.0',
    externalIdField: fake.externalIdField,
    timeoutMs: 2000,
    currency: 'EUR',
    ...overrides,
  } satisfies SalesforceConfig;
}

function adaptersFor(fake: FakeSalesforce, overrides: Partial<SalesforceConfig> = {}) {
  const config = configFor(fake, overrides);
  const session = new SalesforceSession(config, { backoffMs: [5, 10] });
  return {
    customers: new SalesforceCustomerCrm(config, session),
    crm: new SalesforceCrm(config, {}, session),
  };
}

describeCustomerCrmContract('Salesforce through jsforce, on the fake', async () => {
  // Small batches, so that lists, exports and order lines have to follow nextRecordsUrl.
  const fake = await startFakeSalesforce({ batchSize: 2, childBatchSize: 1 });
  return {
    ...adaptersFor(fake),
    addCustomer: async (customer, orders = []) => fake.addCustomer(customer, orders),
    erasureRequests: async () =>
      fake.records('Case').map((record) => ({
        id: record.Id,
        contactId: typeof record.ContactId === 'string' ? record.ContactId : null,
      })),
    close: () => fake.close(),
  };
});

describe('SalesforceCustomerCrm on the fake', () => {
  let fake: FakeSalesforce;

  afterEach(async () => {
    await fake.close();
  });

  async function start(
    options: FakeSalesforceOptions = {},
    config: Partial<SalesforceConfig> = {},
  ) {
    fake = await startFakeSalesforce(options);
    const orders = makeSampleOrders(3, { seed: 7, currency: 'GBP' });
    const added = fake.addCustomer({ lastName: 'Quill', email: 'mira@example.com' }, orders);
    const { customers } = adaptersFor(fake, config);
    const customer = await customers.findCustomerByEmail('mira@example.com');
    if (!customer) throw new Error('no customer');
    return { customers, customer, added };
  }

  const soqlSent = () => fake.requests.flatMap((request) => (request.soql ? [request.soql] : []));

  it('takes the currency from CurrencyIsoCode in a multi-currency org', async () => {
    const { customers, customer } = await start({ isMultiCurrency: true }, { currency: 'EUR' });

    const { orders } = await customers.listOrders(customer, { offset: 0, limit: 10 });

    expect(orders.map((order) => order.currency)).toEqual(['GBP', 'GBP', 'GBP']);
    expect(soqlSent().some((query) => query.includes('CurrencyIsoCode'))).toBe(true);
  });

  it('uses SALESFORCE_CURRENCY when the org has a single currency, and asks describe once', async () => {
    const { customers, customer, added } = await start({}, { currency: 'CHF' });

    const { orders } = await customers.listOrders(customer, { offset: 0, limit: 10 });
    const order = await customers.getOrder(customer, added.orderIds[0]!);

    expect(orders.map((o) => o.currency)).toEqual(['CHF', 'CHF', 'CHF']);
    expect(order?.currency).toBe('CHF');
    expect(soqlSent().some((query) => query.includes('CurrencyIsoCode'))).toBe(false);
    expect(fake.requests.filter((r) => r.path.endsWith('/sobjects/Order/describe'))).toHaveLength(
      1,
    );
  });

  it("binds every order query to the customer's AccountId and counts with COUNT()", async () => {
    const { customers, customer, added } = await start();

    await customers.listOrders(customer, { offset: 2, limit: 5 });
    await customers.getOrder(customer, added.orderIds[1]!);

    const orderQueries = soqlSent().filter((query) => / FROM Order /.test(query));
    expect(orderQueries).toHaveLength(3);
    for (const query of orderQueries) {
      expect(query).toContain(`WHERE `);
      expect(query).toContain(`AccountId = '${added.accountId}'`);
    }
    expect(orderQueries).toContainEqual(expect.stringMatching(/^SELECT COUNT\(\) FROM Order/));
    expect(orderQueries).toContainEqual(
      expect.stringMatching(/ORDER BY EffectiveDate DESC, OrderNumber DESC LIMIT 5 OFFSET 2$/),
    );
  });

  it('sends a hostile email as one escaped literal', async () => {
    const { customers } = await start();

    expect(await customers.findCustomerByEmail("x' OR Email != '")).toBeNull();

    expect(soqlSent().at(-1)).toContain("WHERE Email = 'x\\' OR Email != \\''");
  });

  it('never sends an address longer than an Email field holds (80) to Salesforce', async () => {
    const { customers } = await start();
    const before = fake.requests.length;

    expect(await customers.findCustomerByEmail(`${'m'.repeat(100_000)}@example.com`)).toBeNull();

    expect(fake.requests.length).toBe(before);
  });

  it("follows the order's item batches beyond the first", async () => {
    fake = await startFakeSalesforce({ childBatchSize: 2 });
    const lines = ['A', 'B', 'C', 'D', 'E'].map((name, index) => ({
      productName: `Product ${name}`,
      quantity: index + 1,
      unitPriceCents: 1000,
    }));
    const added = fake.addCustomer({ lastName: 'Bulk', email: 'bulk@example.com' }, [
      { effectiveDate: '2026-01-01', status: 'Activated', currency: 'EUR', lines },
    ]);
    const { customers } = adaptersFor(fake);
    const customer = await customers.findCustomerByEmail('bulk@example.com');

    const order = await customers.getOrder(customer!, added.orderIds[0]!);

    expect(order?.lines.map((line) => line.productName)).toEqual(lines.map((l) => l.productName));
    expect(order?.totalAmount).toBe(150);
    const more = fake.requests.filter((request) => /\/query\/01g/.test(request.path));
    expect(more).toHaveLength(2);
  });

  it('never sends a malformed order id to Salesforce', async () => {
    const { customers, customer } = await start();
    const before = fake.requests.length;

    expect(await customers.getOrder(customer, "801' OR Id != '")).toBeNull();

    expect(fake.requests.length).toBe(before);
  });

  it('retries a 503 within the call and answers the orders', async () => {
    const { customers, customer } = await start();
    fake.injectFault({ fault: 'unavailable', times: 1, pathIncludes: '/query' });

    const page = await customers.listOrders(customer, { offset: 0, limit: 10 });

    expect(page.total).toBe(3);
  });

  it('gives up with a retryable TIMEOUT when Salesforce does not answer in time', async () => {
    const { customers, customer } = await start({}, { timeoutMs: 150 });
    fake.injectFault({ fault: 'slow', delayMs: 1000, pathIncludes: '/query' });

    const pending = customers.listOrders(customer, { offset: 0, limit: 10 });

    await expect(pending).rejects.toBeInstanceOf(CrmError);
    await expect(pending).rejects.toMatchObject({ code: 'TIMEOUT', retryable: true });
  });

  it('writes the erasure Case with ids only: Subject, Origin Web, ContactId', async () => {
    const { customers, customer } = await start();

    await customers.requestErasure({
      submissionId: 'erase-1',
      customerId: customer.id,
      confirmedAt: new Date('2026-05-01T12:00:00Z'),
    });

    const [erasure] = fake.records('Case');
    expect(erasure).toMatchObject({
      Subject: 'Erasure request from the customer account',
      Origin: 'Web',
      ContactId: customer.id,
      Status: 'New',
      [fake.externalIdField]: 'erase-1',
    });
    expect(String(erasure?.Description)).not.toMatch(/mira|quill|example\.com/i);
    expect(String(erasure?.Description)).toContain(customer.id);
  });
});
