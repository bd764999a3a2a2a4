/**
 * Customers in the local CRM as a salesperson would enter them: an Account, its Contact and
 * the Account's Orders with their items. The site never writes these; they are for the demo
 * seed, tests and benchmarks.
 * @module
 */
import { KEY_PREFIX, newSalesforceStyleId } from '@/lib/crm/local/record-id';
import type { SampleOrder } from '@/lib/crm/sample-orders';
import type { Db } from '@/lib/db';

export interface LocalCustomerInput {
  firstName?: string;
  lastName: string;
  email: string;
  phone?: string;
  /** False makes a Contact without an Account, who can have no orders. */
  hasAccount?: boolean;
}

export interface LocalCustomerRef {
  contactId: string;
  accountId: string | null;
  orderIds: string[];
}

function nextOrderNumber(db: Db): number {
  const row = db
    .prepare<[], { highest: number | null }>(
      'SELECT MAX(CAST(order_number AS INTEGER)) AS highest FROM crm_orders',
    )
    .get();
  return (row?.highest ?? 100) + 1;
}

function insertOrder(
  db: Db,
  accountId: string,
  orderNumber: number,
  order: SampleOrder,
  at: number,
) {
  const id = newSalesforceStyleId(KEY_PREFIX.Order);
  const lines = order.lines.map((line) => ({
    ...line,
    totalPriceCents: line.unitPriceCents * line.quantity,
  }));
  const total = lines.reduce((sum, line) => sum + line.totalPriceCents, 0);
  db.prepare(
    `INSERT INTO crm_orders (id, account_id, order_number, effective_date, status,
       total_amount_cents, currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    accountId,
    String(orderNumber).padStart(8, '0'),
    order.effectiveDate,
    order.status,
    total,
    order.currency,
    at,
  );
  const insertLine = db.prepare(
    `INSERT INTO crm_order_items (id, order_id, position, product_name, quantity,
       unit_price_cents, total_price_cents) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, position) => {
    insertLine.run(
      newSalesforceStyleId(KEY_PREFIX.OrderItem),
      id,
      position,
      line.productName,
      line.quantity,
      line.unitPriceCents,
      line.totalPriceCents,
    );
  });
  return id;
}

/** Adds a customer (Account, Contact, Orders) in one transaction. */
export function addLocalCustomer(
  db: Db,
  customer: LocalCustomerInput,
  orders: readonly SampleOrder[] = [],
  at: Date = new Date(),
): LocalCustomerRef {
  return db.transaction(() => {
    const time = at.getTime();
    const hasAccount = customer.hasAccount ?? true;
    const accountId = hasAccount ? newSalesforceStyleId(KEY_PREFIX.Account) : null;
    if (accountId) {
      const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
      db.prepare('INSERT INTO crm_accounts (id, name, created_at) VALUES (?, ?, ?)').run(
        accountId,
        `${name} (household)`,
        time,
      );
    } else if (orders.length > 0) {
      throw new Error('a customer without an account can have no orders');
    }

    const contactId = newSalesforceStyleId(KEY_PREFIX.Contact);
    db.prepare(
      `INSERT INTO crm_contacts (id, account_id, first_name, last_name, email, phone,
         has_opted_out_of_email, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    ).run(
      contactId,
      accountId,
      customer.firstName ?? null,
      customer.lastName,
      customer.email,
      customer.phone ?? null,
      time,
      time,
    );

    const first = nextOrderNumber(db);
    const orderIds = accountId
      ? orders.map((order, index) => insertOrder(db, accountId, first + index, order, time))
      : [];
    return { contactId, accountId, orderIds };
  })();
}
