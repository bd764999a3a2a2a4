/**
 * The customer side of the CRM on Salesforce: a customer is a Contact found by Email, whose
 * orders are the Orders of its Account. Every order query names the customer's AccountId, so
 * another customer's order id finds nothing. An erasure request becomes a Case upserted on
 * the External ID field (the submission id), so a redelivery makes no second Case.
 * @module
 */
import {
  checkOrderPage,
  customerGoneError,
  isRecordId,
  toLookupEmail,
} from '@/lib/crm/customer-input';
import type {
  CrmRecordRef,
  Customer,
  CustomerCrm,
  CustomerRecordExport,
  ErasureRequestInput,
  OrderDetail,
  OrderPage,
} from '@/lib/crm/port';
import { CONSENT_FIELDS, CONSENT_OBJECT } from '@/lib/crm/salesforce/consent-object';
import {
  toConsent,
  toCustomer,
  toOrderDetail,
  toOrderSummary,
  type ConsentRecordRow,
  type ContactRow,
  type OrderRow,
} from '@/lib/crm/salesforce/customer-records';
import type { SalesforceConfig, SalesforceSession } from '@/lib/crm/salesforce/session';
import { upsertBySubmissionId } from '@/lib/crm/salesforce/upsert';
import { soql, soqlIdentifier, type Soql } from '@/lib/crm/soql';

const CONTACT_FIELDS = soql`Id, AccountId, Email, FirstName, LastName`;
const ORDER_FIELDS = soql`Id, OrderNumber, EffectiveDate, Status, TotalAmount`;
const ORDER_ITEMS = soql`(SELECT Id, Quantity, UnitPrice, TotalPrice, Product2.Name FROM OrderItems ORDER BY OrderItemNumber)`;
const NEWEST_FIRST = soql`ORDER BY EffectiveDate DESC, OrderNumber DESC`;

interface DescribeResult {
  fields: { name: string }[];
}

export class SalesforceCustomerCrm implements CustomerCrm {
  private orderFields: Promise<Soql> | undefined;

  constructor(
    private readonly config: SalesforceConfig,
    private readonly session: SalesforceSession,
  ) {}

  /**
   * Salesforce's Email = matches without regard to case. Two Contacts with one email (a
   * duplicate a salesperson made): the oldest one in an Account wins, else the oldest, so
   * the customer always lands on the same record and sees the orders there are.
   */
  findCustomerByEmail(email: string): Promise<Customer | null> {
    const lookup = toLookupEmail(email);
    if (!lookup) return Promise.resolve(null);
    return this.session.inCall(async () => {
      const contacts = await this.session.query<ContactRow>(
        soql`SELECT ${CONTACT_FIELDS} FROM Contact WHERE Email = ${lookup} ORDER BY CreatedDate ASC, Id ASC LIMIT 200`,
        'find customer',
      );
      const chosen = contacts.find((contact) => contact.AccountId) ?? contacts[0];
      return chosen ? toCustomer(chosen) : null;
    });
  }

  getCustomer(id: string): Promise<Customer | null> {
    if (!isRecordId(id)) return Promise.resolve(null);
    return this.session.inCall(async () => {
      const contact = await this.contact(id);
      return contact ? toCustomer(contact) : null;
    });
  }

  async listOrders(
    customer: Customer,
    page: { offset: number; limit: number },
  ): Promise<OrderPage> {
    checkOrderPage(page);
    const { accountId } = customer;
    if (!isRecordId(accountId)) return { orders: [], total: 0 };
    return this.session.inCall(async () => {
      const fields = await this.orderFieldList();
      const [orders, count] = await Promise.all([
        this.session.queryAll<OrderRow>(
          soql`SELECT ${fields} FROM Order WHERE AccountId = ${accountId} ${NEWEST_FIRST} LIMIT ${page.limit} OFFSET ${page.offset}`,
          'list orders',
        ),
        this.session.queryResult<never>(
          soql`SELECT COUNT() FROM Order WHERE AccountId = ${accountId}`,
          'count orders',
        ),
      ]);
      return {
        orders: orders.map((row) => toOrderSummary(row, this.config.currency)),
        total: count.totalSize,
      };
    });
  }

  getOrder(customer: Customer, orderId: string): Promise<OrderDetail | null> {
    const { accountId } = customer;
    if (!isRecordId(accountId) || !isRecordId(orderId)) return Promise.resolve(null);
    return this.session.inCall(async () => {
      const fields = await this.orderFieldList();
      const [order] = await this.session.queryAll<OrderRow>(
        soql`SELECT ${fields}, ${ORDER_ITEMS} FROM Order WHERE Id = ${orderId} AND AccountId = ${accountId} LIMIT 1`,
        'get order',
      );
      return order ? this.withAllItems(order) : null;
    });
  }

  exportCustomerData(customer: Customer): Promise<CustomerRecordExport> {
    return this.session.inCall(async () => {
      const contact = isRecordId(customer.id) ? await this.contact(customer.id) : undefined;
      if (!contact) throw customerGoneError();
      const fields = await this.orderFieldList();
      const orders = contact.AccountId
        ? await this.session.queryAll<OrderRow>(
            soql`SELECT ${fields}, ${ORDER_ITEMS} FROM Order WHERE AccountId = ${contact.AccountId} ${NEWEST_FIRST}`,
            'export orders',
          )
        : [];
      const consents = await this.consentsOf(contact);
      const hasOptedOutOfEmail = contact.HasOptedOutOfEmail === true;
      return {
        contact: { ...toCustomer(contact), phone: contact.Phone ?? null, hasOptedOutOfEmail },
        orders: await this.withAllItemsEach(orders),
        newsletter: { subscribed: consents.length > 0 && !hasOptedOutOfEmail, consents },
      };
    });
  }

  /** The Case's text names only ids and a time: a person looks the customer up in the CRM. */
  requestErasure(request: ErasureRequestInput): Promise<CrmRecordRef> {
    return this.session.inCall(async () => {
      const id = await upsertBySubmissionId(
        this.session,
        this.config.externalIdField,
        'Case',
        request.submissionId,
        {
          Subject: 'Erasure request from the customer account',
          Origin: 'Web',
          ContactId: isRecordId(request.customerId) ? request.customerId : null,
          Description:
            `Contact ${request.customerId} asked for their personal data to be erased ` +
            `(confirmed by email at ${request.confirmedAt.toISOString()}). ` +
            `Request ${request.submissionId}.`,
        },
      );
      return { id };
    });
  }

  private async withAllItems(order: OrderRow): Promise<OrderDetail> {
    const items = order.OrderItems
      ? await this.session.allRecords(order.OrderItems, 'order items')
      : [];
    return toOrderDetail(order, items, this.config.currency);
  }

  /** One after another: an order's later item batches are rare, and each is a request. */
  private async withAllItemsEach(orders: readonly OrderRow[]): Promise<OrderDetail[]> {
    const details: OrderDetail[] = [];
    for (const order of orders) details.push(await this.withAllItems(order));
    return details;
  }

  private async contact(id: string): Promise<ContactRow | undefined> {
    const [contact] = await this.session.query<ContactRow>(
      soql`SELECT ${CONTACT_FIELDS}, Phone, HasOptedOutOfEmail FROM Contact WHERE Id = ${id} LIMIT 1`,
      'get customer',
    );
    return contact?.Email ? contact : undefined;
  }

  /** Consents tied to the Contact, and those given with its email before it was one. */
  private async consentsOf(contact: ContactRow) {
    const f = CONSENT_FIELDS;
    const name = soqlIdentifier;
    const fields = soql`Id, ${name(f.text)}, ${name(f.version)}, ${name(f.givenAt)}`;
    const byContact = await this.session.queryAll<ConsentRecordRow>(
      soql`SELECT ${fields} FROM ${name(CONSENT_OBJECT)} WHERE ${name(f.contact)} = ${contact.Id}`,
      'export consents',
    );
    const byEmail = contact.Email
      ? await this.session.queryAll<ConsentRecordRow>(
          soql`SELECT ${fields} FROM ${name(CONSENT_OBJECT)} WHERE ${name(f.email)} = ${contact.Email}`,
          'export consents',
        )
      : [];
    const unique = new Map([...byContact, ...byEmail].map((row) => [row.Id, row]));
    return [...unique.values()]
      .map(toConsent)
      .sort((a, b) => a.givenAt.getTime() - b.givenAt.getTime() || a.id.localeCompare(b.id));
  }

  /** Order's fields, with CurrencyIsoCode when the org has multiple currencies. */
  private orderFieldList(): Promise<Soql> {
    this.orderFields ??= this.session
      .request<DescribeResult>({ method: 'GET', url: '/sobjects/Order/describe' }, 'describe Order')
      .then((describe) =>
        describe.fields.some((field) => field.name === 'CurrencyIsoCode')
          ? soql`${ORDER_FIELDS}, CurrencyIsoCode`
          : ORDER_FIELDS,
      )
      .catch((error: unknown) => {
        this.orderFields = undefined;
        throw error;
      });
    return this.orderFields;
  }
}
