/**
 * The customer side of the local CRM: Contacts found by email, their Account's Orders, the
 * export of what the CRM holds, and erasure requests recorded for a person to carry out.
 * @module
 */
import {
  checkOrderPage,
  customerGoneError,
  isRecordId,
  toLookupEmail,
} from '@/lib/crm/customer-input';
import { KEY_PREFIX, newSalesforceStyleId } from '@/lib/crm/local/record-id';
import { migrateLocalCrm } from '@/lib/crm/local/schema';
import type {
  CrmRecordRef,
  Customer,
  CustomerCrm,
  CustomerRecordExport,
  ErasureRequestInput,
  OrderDetail,
  OrderPage,
  OrderSummary,
} from '@/lib/crm/port';
import type { Db } from '@/lib/db';

interface ContactRow {
  id: string;
  account_id: string | null;
  email: string;
  first_name: string | null;
  last_name: string;
  phone: string | null;
  has_opted_out_of_email: number;
}

interface OrderRow {
  id: string;
  order_number: string;
  effective_date: string;
  status: string;
  total_amount_cents: number;
  currency: string;
}

interface OrderItemRow {
  id: string;
  product_name: string;
  quantity: number;
  unit_price_cents: number;
  total_price_cents: number;
}

const CONTACT_COLUMNS =
  'id, account_id, email, first_name, last_name, phone, has_opted_out_of_email';
const ORDER_COLUMNS = 'id, order_number, effective_date, status, total_amount_cents, currency';

const toCustomer = (row: ContactRow): Customer => ({
  id: row.id,
  accountId: row.account_id,
  email: row.email,
  firstName: row.first_name,
  lastName: row.last_name,
});

const fromCents = (cents: number) => cents / 100;

const toOrderSummary = (row: OrderRow): OrderSummary => ({
  id: row.id,
  orderNumber: row.order_number,
  effectiveDate: row.effective_date,
  status: row.status,
  totalAmount: fromCents(row.total_amount_cents),
  currency: row.currency,
});

/** CustomerCrm over the local SQLite CRM. `now` is the clock, for tests. */
export class LocalCustomerCrm implements CustomerCrm {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date = () => new Date(),
  ) {
    migrateLocalCrm(db);
  }

  /**
   * Email matches without regard to case, as Salesforce's does. Two Contacts with one email:
   * the one in an Account (a customer) wins, then the oldest, the same rule as Salesforce's.
   */
  async findCustomerByEmail(email: string): Promise<Customer | null> {
    const lookup = toLookupEmail(email);
    if (!lookup) return null;
    const row = this.db
      .prepare<[string], ContactRow>(
        `SELECT ${CONTACT_COLUMNS} FROM crm_contacts WHERE email = ? COLLATE NOCASE
         ORDER BY account_id IS NULL, created_at, id LIMIT 1`,
      )
      .get(lookup);
    return row ? toCustomer(row) : null;
  }

  async getCustomer(id: string): Promise<Customer | null> {
    const row = this.contactRow(id);
    return row ? toCustomer(row) : null;
  }

  async listOrders(
    customer: Customer,
    page: { offset: number; limit: number },
  ): Promise<OrderPage> {
    checkOrderPage(page);
    if (!customer.accountId) return { orders: [], total: 0 };
    const rows = this.db
      .prepare<[string, number, number], OrderRow>(
        `SELECT ${ORDER_COLUMNS} FROM crm_orders WHERE account_id = ?
         ORDER BY effective_date DESC, order_number DESC LIMIT ? OFFSET ?`,
      )
      .all(customer.accountId, page.limit, page.offset);
    const count = this.db
      .prepare<[string], { total: number }>(
        'SELECT COUNT(*) AS total FROM crm_orders WHERE account_id = ?',
      )
      .get(customer.accountId);
    return { orders: rows.map(toOrderSummary), total: count?.total ?? 0 };
  }

  async getOrder(customer: Customer, orderId: string): Promise<OrderDetail | null> {
    if (!customer.accountId || !isRecordId(orderId)) return null;
    const row = this.db
      .prepare<[string, string], OrderRow>(
        `SELECT ${ORDER_COLUMNS} FROM crm_orders WHERE id = ? AND account_id = ?`,
      )
      .get(orderId, customer.accountId);
    return row ? this.withLines(row) : null;
  }

  async exportCustomerData(customer: Customer): Promise<CustomerRecordExport> {
    const contact = this.contactRow(customer.id);
    if (!contact) throw customerGoneError();
    const orders = contact.account_id
      ? this.db
          .prepare<[string], OrderRow>(
            `SELECT ${ORDER_COLUMNS} FROM crm_orders WHERE account_id = ?
             ORDER BY effective_date DESC, order_number DESC`,
          )
          .all(contact.account_id)
          .map((row) => this.withLines(row))
      : [];
    const consents = this.db
      .prepare<
        [string, string],
        { id: string; consent_text: string; consent_version: string; given_at: number }
      >(
        `SELECT id, consent_text, consent_version, given_at FROM crm_newsletter_consents
         WHERE (person_type = 'Contact' AND person_id = ?) OR email = ? COLLATE NOCASE
         ORDER BY given_at, id`,
      )
      .all(contact.id, contact.email)
      .map((row) => ({
        id: row.id,
        text: row.consent_text,
        version: row.consent_version,
        givenAt: new Date(row.given_at),
      }));
    const hasOptedOutOfEmail = contact.has_opted_out_of_email === 1;
    return {
      contact: { ...toCustomer(contact), phone: contact.phone, hasOptedOutOfEmail },
      orders,
      newsletter: { subscribed: consents.length > 0 && !hasOptedOutOfEmail, consents },
    };
  }

  async requestErasure(request: ErasureRequestInput): Promise<CrmRecordRef> {
    this.db
      .prepare(
        `INSERT INTO crm_erasure_requests (id, submission_id, contact_id, confirmed_at,
           created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission_id) DO NOTHING`,
      )
      .run(
        newSalesforceStyleId(KEY_PREFIX.Case),
        request.submissionId,
        request.customerId,
        request.confirmedAt.getTime(),
        this.now().getTime(),
      );
    const row = this.db
      .prepare<[string], { id: string }>(
        'SELECT id FROM crm_erasure_requests WHERE submission_id = ?',
      )
      .get(request.submissionId);
    if (!row) throw new Error('the local CRM lost an erasure request it had just written');
    return { id: row.id };
  }

  private contactRow(id: string): ContactRow | undefined {
    if (!isRecordId(id)) return undefined;
    return this.db
      .prepare<[string], ContactRow>(
        `SELECT ${CONTACT_COLUMNS} FROM crm_contacts WHERE id = ? AND email IS NOT NULL`,
      )
      .get(id);
  }

  private withLines(order: OrderRow): OrderDetail {
    const lines = this.db
      .prepare<[string], OrderItemRow>(
        `SELECT id, product_name, quantity, unit_price_cents, total_price_cents
         FROM crm_order_items WHERE order_id = ? ORDER BY position, id`,
      )
      .all(order.id)
      .map((row) => ({
        id: row.id,
        productName: row.product_name,
        quantity: row.quantity,
        unitPrice: fromCents(row.unit_price_cents),
        totalPrice: fromCents(row.total_price_cents),
      }));
    return { ...toOrderSummary(order), lines };
  }
}
