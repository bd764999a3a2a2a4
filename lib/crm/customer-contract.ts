/**
 * The CustomerCrm port's contract: one suite that both adapters pass, each against its own
 * backend (the local SQLite CRM; the jsforce adapter against the fake Salesforce).
 * @module
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { CrmError, type Crm, type Customer, type CustomerCrm } from '@/lib/crm/port';
import { makeSampleOrders, type SampleOrder } from '@/lib/crm/sample-orders';

export interface CustomerInput {
  firstName?: string;
  lastName: string;
  email: string;
  phone?: string;
  /** False: a Contact without an Account. */
  hasAccount?: boolean;
}

/** A customer added to the backend as a salesperson would, with its Account's orders. */
export interface AddedCustomer {
  contactId: string;
  accountId: string | null;
  /** In the order given. */
  orderIds: string[];
}

/** An adapter under test, with a way to fill its backend and a look into it. */
export interface CustomerCrmContractBackend {
  customers: CustomerCrm;
  /** The Crm side of the same backend, for newsletter consents. */
  crm: Crm;
  addCustomer(customer: CustomerInput, orders?: readonly SampleOrder[]): Promise<AddedCustomer>;
  /** The erasure requests (Cases) recorded, with the Contact each is about. */
  erasureRequests(): Promise<{ id: string; contactId: string | null }[]>;
  close(): Promise<void>;
}

/** Ids shaped right but naming nothing, and ids that try to break out of the query. */
const HOSTILE_IDS = [
  "x' OR Id != '",
  "801000000000001' OR AccountId != '",
  '\\',
  '',
  '%',
  '801000000000001AAA OR Id != null',
  '801000000000001AAA\u0000',
];

const newestFirst = (orders: readonly SampleOrder[]) =>
  orders
    .map((order, index) => ({ order, index }))
    .sort(
      (a, b) => b.order.effectiveDate.localeCompare(a.order.effectiveDate) || b.index - a.index,
    );

const cents = (amount: number) => Math.round(amount * 100);

/** Registers the contract suite for one adapter; `setup` runs before each case. */
export function describeCustomerCrmContract(
  name: string,
  setup: () => Promise<CustomerCrmContractBackend>,
): void {
  describe(`CustomerCrm contract: ${name}`, () => {
    let backend: CustomerCrmContractBackend;
    let crm: CustomerCrm;

    beforeEach(async () => {
      backend = await setup();
      crm = backend.customers;
    });
    afterEach(async () => {
      await backend.close();
    });

    async function customerWith(orders: readonly SampleOrder[], email = 'mira@example.com') {
      const added = await backend.addCustomer(
        { firstName: 'Mira', lastName: 'Quill', email, phone: '+44 20 7946 0018' },
        orders,
      );
      const customer = await crm.findCustomerByEmail(email);
      if (!customer) throw new Error('the customer just added is not found');
      return { added, customer };
    }

    it('finds a customer by email whatever its case, with the Account that owns its orders', async () => {
      const { added } = await customerWith([]);

      const found = await crm.findCustomerByEmail('MIRA@Example.COM');

      expect(found).toEqual({
        id: added.contactId,
        accountId: added.accountId,
        email: 'mira@example.com',
        firstName: 'Mira',
        lastName: 'Quill',
      });
      expect(added.accountId).toMatch(/^001/);
      expect(await crm.getCustomer(added.contactId)).toEqual(found);
    });

    it('answers null for an unknown email and for emails that try to widen the query', async () => {
      await customerWith([]);

      for (const email of [
        'nobody@example.com',
        "x' OR Email != '",
        "mira@example.com' OR Email != '",
        '%',
        '%@example.com',
        '\\',
        '',
        `${'m'.repeat(20_000)}@example.com`,
      ]) {
        expect(await crm.findCustomerByEmail(email)).toBeNull();
      }
      expect(await crm.findCustomerByEmail('  mira@example.com ')).not.toBeNull();
    });

    it('answers null for a Contact id that does not exist or is malformed', async () => {
      await customerWith([]);

      expect(await crm.getCustomer('003000000000001AAA')).toBeNull();
      for (const id of HOSTILE_IDS) expect(await crm.getCustomer(id)).toBeNull();
    });

    it('prefers the Contact in an Account when two Contacts share an email', async () => {
      await backend.addCustomer({
        lastName: 'Lead-turned',
        email: 'twin@example.com',
        hasAccount: false,
      });
      const customer = await backend.addCustomer({ lastName: 'Buyer', email: 'twin@example.com' });

      const found = await crm.findCustomerByEmail('twin@example.com');

      expect(found?.id).toBe(customer.contactId);
      expect(found?.accountId).toBe(customer.accountId);
    });

    it('lists orders newest first, a page at a time, with the total', async () => {
      const orders = makeSampleOrders(25, { seed: 5, everyDays: 45 });
      const { added, customer } = await customerWith(orders);
      const expected = newestFirst(orders);

      const first = await crm.listOrders(customer, { offset: 0, limit: 10 });
      const last = await crm.listOrders(customer, { offset: 20, limit: 10 });

      expect(first.total).toBe(25);
      expect(last.total).toBe(25);
      expect(first.orders).toHaveLength(10);
      expect(last.orders).toHaveLength(5);
      expect(first.orders.map((o) => o.id)).toEqual(
        expected.slice(0, 10).map(({ index }) => added.orderIds[index]),
      );
      expect(last.orders.map((o) => o.effectiveDate)).toEqual(
        expected.slice(20).map(({ order }) => order.effectiveDate),
      );
      const [newest] = first.orders;
      const newestInput = expected[0]!.order;
      expect(newest).toMatchObject({ status: 'Draft', currency: 'EUR' });
      expect(cents(newest!.totalAmount)).toBe(
        newestInput.lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0),
      );
      expect(newest!.orderNumber).toMatch(/^\d+$/);
    });

    it('orders the same day by order number, highest first', async () => {
      const sameDay = makeSampleOrders(3, { seed: 9, everyDays: 0 });
      const { customer } = await customerWith(sameDay);

      const { orders } = await crm.listOrders(customer, { offset: 0, limit: 10 });

      const numbers = orders.map((order) => order.orderNumber);
      expect(numbers).toEqual([...numbers].sort().reverse());
      expect(new Set(numbers).size).toBe(3);
    });

    it('answers no orders for a customer without an Account', async () => {
      await backend.addCustomer({ lastName: 'Solo', email: 'solo@example.com', hasAccount: false });
      const solo = await crm.findCustomerByEmail('solo@example.com');

      expect(solo?.accountId).toBeNull();
      expect(await crm.listOrders(solo!, { offset: 0, limit: 10 })).toEqual({
        orders: [],
        total: 0,
      });
    });

    it('refuses a page it cannot answer with INVALID_PAGE', async () => {
      const { customer } = await customerWith([]);

      for (const page of [
        { offset: -1, limit: 10 },
        { offset: 0, limit: 0 },
        { offset: 0, limit: 201 },
        { offset: 2001, limit: 10 },
        { offset: 1.5, limit: 10 },
      ]) {
        const pending = crm.listOrders(customer, page);
        await expect(pending).rejects.toBeInstanceOf(CrmError);
        await expect(pending).rejects.toMatchObject({ code: 'INVALID_PAGE', retryable: false });
      }
    });

    it('reads an order with its lines', async () => {
      const orders = makeSampleOrders(2, { seed: 3 });
      const { added, customer } = await customerWith(orders);
      const input = orders[0]!;

      const order = await crm.getOrder(customer, added.orderIds[0]!);

      expect(order).toMatchObject({
        id: added.orderIds[0],
        effectiveDate: input.effectiveDate,
        status: 'Activated',
        currency: 'EUR',
      });
      expect(
        order!.lines.map(({ productName, quantity, unitPrice, totalPrice }) => ({
          productName,
          quantity,
          unitPrice: cents(unitPrice),
          totalPrice: cents(totalPrice),
        })),
      ).toEqual(
        input.lines.map((line) => ({
          productName: line.productName,
          quantity: line.quantity,
          unitPrice: line.unitPriceCents,
          totalPrice: line.unitPriceCents * line.quantity,
        })),
      );
      expect(order!.lines.every((line) => line.id.length > 0)).toBe(true);
    });

    it("answers null for another customer's order, as for one that does not exist", async () => {
      const { added: mine, customer } = await customerWith(makeSampleOrders(1, { seed: 1 }));
      const { added: theirs, customer: other } = await customerWith(
        makeSampleOrders(1, { seed: 2 }),
        'other@example.org',
      );

      expect(await crm.getOrder(customer, theirs.orderIds[0]!)).toBeNull();
      expect(await crm.getOrder(other, mine.orderIds[0]!)).toBeNull();
      expect(await crm.getOrder(customer, '801000000000001AAA')).toBeNull();
      expect(await crm.getOrder(other, theirs.orderIds[0]!)).not.toBeNull();
    });

    it('answers null, without an error, for malformed order ids', async () => {
      const { customer } = await customerWith(makeSampleOrders(1));

      for (const id of HOSTILE_IDS) expect(await crm.getOrder(customer, id)).toBeNull();
    });

    it('binds orders to the Account of the customer object it is given', async () => {
      const { added: theirs } = await customerWith(makeSampleOrders(1), 'other@example.org');
      const stranger: Customer = {
        id: '003000000000009AAA',
        accountId: null,
        email: 'stranger@example.com',
        firstName: null,
        lastName: 'Stranger',
      };

      expect(await crm.getOrder(stranger, theirs.orderIds[0]!)).toBeNull();
      expect(await crm.listOrders(stranger, { offset: 0, limit: 10 })).toEqual({
        orders: [],
        total: 0,
      });
    });

    it('exports the contact, every order with its lines, and the newsletter consents', async () => {
      const orders = makeSampleOrders(3, { seed: 4 });
      const { added, customer } = await customerWith(orders);
      await backend.crm.subscribeToNewsletter({
        submissionId: `subscribe-${added.contactId}`,
        email: 'Mira@example.com',
        consent: {
          text: 'Yes, send me the newsletter.',
          version: 'v1',
          givenAt: new Date('2026-02-01T10:00:00Z'),
        },
      });

      const data = await crm.exportCustomerData(customer);

      expect(data.contact).toEqual({
        ...customer,
        phone: '+44 20 7946 0018',
        hasOptedOutOfEmail: false,
      });
      expect(data.orders.map((order) => order.id)).toEqual(
        newestFirst(orders).map(({ index }) => added.orderIds[index]),
      );
      expect(data.orders.map((order) => order.lines.length)).toEqual(
        newestFirst(orders).map(({ order }) => order.lines.length),
      );
      expect(data.newsletter.subscribed).toBe(true);
      expect(data.newsletter.consents).toEqual([
        {
          id: expect.any(String),
          text: 'Yes, send me the newsletter.',
          version: 'v1',
          givenAt: new Date('2026-02-01T10:00:00Z'),
        },
      ]);
    });

    it('refuses to export a customer whose Contact is gone, as NOT_FOUND', async () => {
      const { customer } = await customerWith([]);

      const pending = crm.exportCustomerData({ ...customer, id: '003000000000001AAA' });

      await expect(pending).rejects.toBeInstanceOf(CrmError);
      await expect(pending).rejects.toMatchObject({ code: 'NOT_FOUND', retryable: false });
    });

    it('exports an unsubscribed customer as not subscribed', async () => {
      const { customer } = await customerWith([]);
      await backend.crm.unsubscribeFromNewsletter({
        submissionId: 'unsubscribe-1',
        email: 'mira@example.com',
        at: new Date(),
      });

      const data = await crm.exportCustomerData(customer);

      expect(data.contact.hasOptedOutOfEmail).toBe(true);
      expect(data.newsletter).toEqual({ subscribed: false, consents: [] });
      expect(data.orders).toEqual([]);
    });

    it('records an erasure request once, however often it is delivered', async () => {
      const { added } = await customerWith([]);
      const request = {
        submissionId: 'erasure-1',
        customerId: added.contactId,
        confirmedAt: new Date('2026-05-01T12:00:00Z'),
      };

      const first = await crm.requestErasure(request);
      const again = await crm.requestErasure(request);

      expect(again.id).toBe(first.id);
      expect(await backend.erasureRequests()).toEqual([
        { id: first.id, contactId: added.contactId },
      ]);
      const other = await crm.requestErasure({ ...request, submissionId: 'erasure-2' });
      expect(other.id).not.toBe(first.id);
    });
  });
}
