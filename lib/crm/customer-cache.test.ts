import { describe, expect, it } from 'vitest';

import { CachedCustomerCrm } from '@/lib/crm/customer-cache';
import { addLocalCustomer } from '@/lib/crm/local/customers';
import { LocalCustomerCrm } from '@/lib/crm/local/local-customer-crm';
import type { Customer, CustomerCrm } from '@/lib/crm/port';
import { makeSampleOrders } from '@/lib/crm/sample-orders';
import { openDatabase } from '@/lib/db';

/** The local CRM with two customers, behind a counter of the calls that reach it. */
async function setup(options: { ttlMs?: number; maxCustomers?: number } = {}) {
  const db = openDatabase(':memory:');
  const local = new LocalCustomerCrm(db);
  const calls: string[] = [];
  const counting: CustomerCrm = {
    findCustomerByEmail: (email) => {
      calls.push(`find ${email}`);
      return local.findCustomerByEmail(email);
    },
    getCustomer: (id) => local.getCustomer(id),
    listOrders: (customer, page) => {
      calls.push(`list ${customer.id}`);
      return local.listOrders(customer, page);
    },
    getOrder: (customer, orderId) => {
      calls.push(`order ${customer.id} ${orderId}`);
      return local.getOrder(customer, orderId);
    },
    exportCustomerData: (customer) => local.exportCustomerData(customer),
    requestErasure: (request) => local.requestErasure(request),
  };
  const clock = { now: 1_000_000 };
  const cached = new CachedCustomerCrm(counting, {
    ttlMs: options.ttlMs ?? 60_000,
    maxCustomers: options.maxCustomers,
    now: () => clock.now,
  });
  const added = [
    addLocalCustomer(
      db,
      { lastName: 'Ames', email: 'ames@example.com' },
      makeSampleOrders(3, { seed: 1 }),
    ),
    addLocalCustomer(
      db,
      { lastName: 'Boyd', email: 'boyd@example.org' },
      makeSampleOrders(2, { seed: 2 }),
    ),
  ];
  const customers = (await Promise.all(
    ['ames@example.com', 'boyd@example.org'].map((email) => local.findCustomerByEmail(email)),
  )) as [Customer, Customer];
  return { cached, calls, clock, added, customers };
}

const PAGE = { offset: 0, limit: 10 };

describe('CachedCustomerCrm', () => {
  it('answers a repeated order list and order from the cache within the time to live', async () => {
    const { cached, calls, added, customers } = await setup();
    const [ames] = customers;

    const first = await cached.listOrders(ames, PAGE);
    const again = await cached.listOrders(ames, PAGE);
    await cached.getOrder(ames, added[0]!.orderIds[0]!);
    await cached.getOrder(ames, added[0]!.orderIds[0]!);

    expect(again).toEqual(first);
    expect(calls).toEqual([`list ${ames.id}`, `order ${ames.id} ${added[0]!.orderIds[0]}`]);
  });

  it("never answers one customer's request with another's data", async () => {
    const { cached, added, customers } = await setup();
    const [ames, boyd] = customers;

    const amesOrders = await cached.listOrders(ames, PAGE);
    const boydOrders = await cached.listOrders(boyd, PAGE);
    const amesOrder = await cached.getOrder(ames, added[0]!.orderIds[0]!);
    const boydTakingAmesOrder = await cached.getOrder(boyd, added[0]!.orderIds[0]!);

    expect(amesOrders.total).toBe(3);
    expect(boydOrders.total).toBe(2);
    expect(boydOrders.orders.map((o) => o.id).sort()).toEqual([...added[1]!.orderIds].sort());
    expect(amesOrder).not.toBeNull();
    expect(boydTakingAmesOrder).toBeNull();
    // And the other way round, with Ames's order now cached under Boyd as "none".
    expect(await cached.getOrder(ames, added[0]!.orderIds[0]!)).toEqual(amesOrder);
  });

  it('keys by the Account too: the same Contact id with another Account asks again', async () => {
    const { cached, calls, customers } = await setup();
    const [ames, boyd] = customers;

    await cached.listOrders(ames, PAGE);
    const moved = await cached.listOrders({ ...ames, accountId: boyd.accountId }, PAGE);

    expect(moved.total).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it('asks again once the time to live has passed', async () => {
    const { cached, calls, clock, customers } = await setup({ ttlMs: 1000 });

    await cached.listOrders(customers[0], PAGE);
    clock.now += 1001;
    await cached.listOrders(customers[0], PAGE);

    expect(calls).toHaveLength(2);
  });

  it("drops only that customer's answers on forgetCustomer and on an erasure request", async () => {
    const { cached, calls, customers } = await setup();
    const [ames, boyd] = customers;
    await cached.listOrders(ames, PAGE);
    await cached.listOrders(boyd, PAGE);

    cached.forgetCustomer(ames.id);
    await cached.listOrders(ames, PAGE);
    await cached.listOrders(boyd, PAGE);
    await cached.requestErasure({
      submissionId: 'e-1',
      customerId: boyd.id,
      confirmedAt: new Date(),
    });
    await cached.listOrders(ames, PAGE);
    await cached.listOrders(boyd, PAGE);

    expect(calls).toEqual([
      `list ${ames.id}`,
      `list ${boyd.id}`,
      `list ${ames.id}`,
      `list ${boyd.id}`,
    ]);
  });

  it('keeps at most maxCustomers, dropping the least recently used', async () => {
    const { cached, calls, customers } = await setup({ maxCustomers: 1 });
    const [ames, boyd] = customers;

    await cached.listOrders(ames, PAGE);
    await cached.listOrders(boyd, PAGE);
    await cached.listOrders(ames, PAGE);

    expect(calls).toEqual([`list ${ames.id}`, `list ${boyd.id}`, `list ${ames.id}`]);
  });

  it('shares one CRM call between concurrent misses, and does not keep a failure', async () => {
    const { cached, calls, customers } = await setup();
    const [ames] = customers;

    await Promise.all([cached.listOrders(ames, PAGE), cached.listOrders(ames, PAGE)]);
    expect(calls).toHaveLength(1);

    const bad = { offset: -1, limit: 10 };
    await expect(cached.listOrders(ames, bad)).rejects.toMatchObject({ code: 'INVALID_PAGE' });
    await expect(cached.listOrders(ames, bad)).rejects.toMatchObject({ code: 'INVALID_PAGE' });
    expect(calls).toHaveLength(3);
  });

  it('passes every call through when the time to live is 0', async () => {
    const { cached, calls, customers } = await setup({ ttlMs: 0 });

    await cached.listOrders(customers[0], PAGE);
    await cached.listOrders(customers[0], PAGE);

    expect(calls).toHaveLength(2);
  });

  it('reuses a customer found by email, per address, until forgotten; not a miss', async () => {
    const { cached, calls, customers } = await setup();
    const [ames, boyd] = customers;
    calls.length = 0;

    expect(await cached.findCustomerByEmail('ames@example.com')).toEqual(ames);
    expect(await cached.findCustomerByEmail(' AMES@example.com')).toEqual(ames);
    expect(await cached.findCustomerByEmail('boyd@example.org')).toEqual(boyd);
    expect(await cached.findCustomerByEmail('nobody@example.net')).toBeNull();
    expect(calls).toEqual([
      'find ames@example.com',
      'find boyd@example.org',
      'find nobody@example.net',
    ]);

    cached.forgetCustomer(ames.id);
    expect(await cached.findCustomerByEmail('ames@example.com')).toEqual(ames);
    expect(await cached.findCustomerByEmail('boyd@example.org')).toEqual(boyd);
    expect(calls.slice(3)).toEqual(['find ames@example.com']);

    // Nobody found is not kept: a Contact added a moment later is found at once.
    expect(await cached.findCustomerByEmail('nobody@example.net')).toBeNull();
    expect(calls.slice(4)).toEqual(['find nobody@example.net']);
  });
});
