/**
 * The CRM as the site sees it. Two adapters implement it (Salesforce through jsforce, and a
 * local SQLite CRM) and pass one contract suite (lib/crm/contract.ts).
 *
 * Every write carries the outbox's submission key (`submissionId`): delivering the same
 * submission twice, say after a timeout whose request did reach the CRM, changes nothing
 * the second time and answers the same record id.
 * @module
 */

/** A contact-form request, becoming a Lead. */
export interface LeadInput {
  submissionId: string;
  firstName?: string;
  lastName: string;
  email: string;
  /** Empty becomes a placeholder, as Salesforce requires a company on a Lead. */
  company?: string;
  phone?: string;
  /** The visitor's message, kept literally. */
  description: string;
}

/** What the visitor agreed to, as shown to them. */
export interface ConsentRecord {
  /** The exact text next to the checkbox or button. */
  text: string;
  version: string;
  givenAt: Date;
}

/** A confirmed newsletter subscription (double opt-in done). */
export interface NewsletterSubscriptionInput {
  submissionId: string;
  email: string;
  firstName?: string;
  lastName?: string;
  consent: ConsentRecord;
}

export interface NewsletterUnsubscribeInput {
  submissionId: string;
  email: string;
  at: Date;
}

export interface CrmRecordRef {
  /** The CRM's id of the Lead or Contact written. */
  id: string;
}

/** A customer: a CRM Contact, found by email, whose orders belong to its Account. */
export interface Customer {
  /** The Contact's id. */
  id: string;
  /** The Account that owns the customer's orders; null when the Contact has none. */
  accountId: string | null;
  email: string;
  firstName: string | null;
  lastName: string;
}

/** One order as the account pages list it. Dates are ISO `YYYY-MM-DD`. */
export interface OrderSummary {
  id: string;
  orderNumber: string;
  effectiveDate: string;
  status: string;
  totalAmount: number;
  /** ISO 4217, e.g. EUR: the order's CurrencyIsoCode, or the org's currency without one. */
  currency: string;
}

export interface OrderLine {
  id: string;
  productName: string;
  quantity: number;
  unitPrice: number;
  totalPrice: number;
}

export interface OrderDetail extends OrderSummary {
  lines: OrderLine[];
}

export interface OrderPage {
  /** Newest first (EffectiveDate, then OrderNumber, descending). */
  orders: OrderSummary[];
  total: number;
}

/** Everything the CRM holds about a customer that the customer may download. */
export interface CustomerRecordExport {
  contact: Customer & { phone: string | null; hasOptedOutOfEmail: boolean };
  orders: OrderDetail[];
  newsletter: { subscribed: boolean; consents: (ConsentRecord & { id: string })[] };
}

/** A customer's request to be forgotten, recorded in the CRM for a person to carry out. */
export interface ErasureRequestInput {
  submissionId: string;
  customerId: string;
  /** When the customer confirmed the request by mail. */
  confirmedAt: Date;
}

/**
 * The customer side of the CRM. Every method that reads a customer's data takes the
 * customer found at sign-in and binds its query to that customer's Account: another
 * customer's order id reads as no order at all.
 */
export interface CustomerCrm {
  findCustomerByEmail(email: string): Promise<Customer | null>;
  /** The customer by Contact id, or null when the Contact is gone (e.g. erased). */
  getCustomer(id: string): Promise<Customer | null>;
  listOrders(customer: Customer, page: { offset: number; limit: number }): Promise<OrderPage>;
  /** The order with its lines, or null when it does not exist or is not this customer's. */
  getOrder(customer: Customer, orderId: string): Promise<OrderDetail | null>;
  exportCustomerData(customer: Customer): Promise<CustomerRecordExport>;
  /** Records the erasure request (a Case in Salesforce); idempotent by submission id. */
  requestErasure(request: ErasureRequestInput): Promise<CrmRecordRef>;
}

export interface Crm {
  /** Creates the Lead, or answers the one an earlier delivery of `submissionId` made. */
  createLead(lead: LeadInput): Promise<CrmRecordRef>;
  /**
   * Opts the Lead or Contact with this email in (creating a Lead when there is none) and
   * records the consent.
   */
  subscribeToNewsletter(subscription: NewsletterSubscriptionInput): Promise<CrmRecordRef>;
  /** Opts every Lead and Contact with this email out; no such person is not an error. */
  unsubscribeFromNewsletter(request: NewsletterUnsubscribeInput): Promise<void>;
}

/**
 * A CRM call that failed. `retryable` tells the outbox whether to try again later (timeouts,
 * dropped connections, 5xx, request limits) or to dead-letter now (validation errors).
 * `code` is the CRM's error code (e.g. REQUEST_LIMIT_EXCEEDED), never personal data.
 */
export class CrmError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'CrmError';
    this.code = code;
    this.retryable = options.retryable;
  }
}
