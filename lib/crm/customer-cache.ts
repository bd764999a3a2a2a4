/**
 * A short-lived cache in front of CustomerCrm for the account pages, which ask for the same
 * order list and orders again and again while a customer clicks around. Entries live in a
 * per-customer bucket, keyed by the customer's Contact id and Account id, so one customer's
 * data can never answer another's request; a write for a customer drops their bucket.
 * Concurrent misses for the same key share one CRM call. Failures are not cached.
 * @module
 */
import type {
  CrmRecordRef,
  Customer,
  CustomerCrm,
  CustomerRecordExport,
  ErasureRequestInput,
  OrderDetail,
  OrderPage,
} from '@/lib/crm/port';

export interface CustomerCacheOptions {
  /** How long an answer is reused. */
  ttlMs: number;
  /** Customers kept at most; the least recently used goes first. */
  maxCustomers?: number;
  /** Cached answers per customer at most (pages and orders). */
  maxEntriesPerCustomer?: number;
  now?: () => number;
}

interface Entry {
  expiresAt: number;
  value: Promise<unknown>;
}

export class CachedCustomerCrm implements CustomerCrm {
  private readonly buckets = new Map<string, Map<string, Entry>>();
  private readonly byEmail = new Map<string, Entry>();
  /** The email keys that found each customer, so forgetting a customer forgets them. */
  private readonly emailKeys = new Map<string, Set<string>>();
  private readonly maxCustomers: number;
  private readonly maxEntriesPerCustomer: number;
  private readonly now: () => number;

  constructor(
    private readonly inner: CustomerCrm,
    private readonly options: CustomerCacheOptions,
  ) {
    this.maxCustomers = options.maxCustomers ?? 1000;
    this.maxEntriesPerCustomer = options.maxEntriesPerCustomer ?? 50;
    this.now = options.now ?? Date.now;
  }

  /**
   * Every account page finds its customer by the session's email first, so the answer is
   * reused too (nobody waits on it to sign in: links are mailed from the outbox).
   */
  findCustomerByEmail(email: string): Promise<Customer | null> {
    if (this.options.ttlMs <= 0) return this.inner.findCustomerByEmail(email);
    const key = email.trim().toLowerCase();
    const now = this.now();
    const hit = this.byEmail.get(key);
    if (hit && hit.expiresAt > now) return hit.value as Promise<Customer | null>;
    const value = this.inner.findCustomerByEmail(email);
    const entry = { expiresAt: now + this.options.ttlMs, value };
    this.byEmail.delete(key);
    this.byEmail.set(key, entry);
    this.evictOldest(this.byEmail, this.maxCustomers);
    // Only a customer found is kept: a Contact created in the CRM a moment ago must get its
    // sign-in link now, not after the time to live.
    const forget = () => {
      if (this.byEmail.get(key) === entry) this.byEmail.delete(key);
    };
    value.then((customer) => {
      if (customer) this.emailsOf(customer.id).add(key);
      else forget();
    }, forget);
    return value;
  }

  getCustomer(id: string): Promise<Customer | null> {
    return this.inner.getCustomer(id);
  }

  listOrders(customer: Customer, page: { offset: number; limit: number }): Promise<OrderPage> {
    return this.cached(customer, `orders:${page.offset}:${page.limit}`, () =>
      this.inner.listOrders(customer, page),
    );
  }

  getOrder(customer: Customer, orderId: string): Promise<OrderDetail | null> {
    return this.cached(customer, `order:${orderId}`, () => this.inner.getOrder(customer, orderId));
  }

  /** Not cached: a download must show the CRM as it is now. */
  exportCustomerData(customer: Customer): Promise<CustomerRecordExport> {
    return this.inner.exportCustomerData(customer);
  }

  async requestErasure(request: ErasureRequestInput): Promise<CrmRecordRef> {
    this.forgetCustomer(request.customerId);
    const ref = await this.inner.requestErasure(request);
    this.forgetCustomer(request.customerId);
    return ref;
  }

  /** Drops everything cached for this Contact id, e.g. after a newsletter switch. */
  forgetCustomer(customerId: string): void {
    this.buckets.delete(customerId);
    for (const email of this.emailsOf(customerId)) this.byEmail.delete(email);
    this.emailKeys.delete(customerId);
  }

  private emailsOf(customerId: string): Set<string> {
    let emails = this.emailKeys.get(customerId);
    if (!emails) {
      emails = new Set();
      this.emailKeys.set(customerId, emails);
      this.evictOldest(this.emailKeys, this.maxCustomers);
    }
    return emails;
  }

  private cached<T>(customer: Customer, what: string, load: () => Promise<T>): Promise<T> {
    if (this.options.ttlMs <= 0) return load();
    const bucket = this.bucketFor(customer.id);
    // The Account is part of the key: a Contact moved to another Account sees its new orders.
    const key = `${customer.accountId ?? '-'}\u0000${what}`;
    const now = this.now();
    const hit = bucket.get(key);
    if (hit && hit.expiresAt > now) {
      bucket.delete(key);
      bucket.set(key, hit);
      return hit.value as Promise<T>;
    }

    const value = load();
    const entry = { expiresAt: now + this.options.ttlMs, value };
    bucket.delete(key);
    bucket.set(key, entry);
    this.evictOldest(bucket, this.maxEntriesPerCustomer);
    value.catch(() => {
      if (bucket.get(key) === entry) bucket.delete(key);
    });
    return value;
  }

  private bucketFor(customerId: string): Map<string, Entry> {
    let bucket = this.buckets.get(customerId);
    if (bucket) {
      this.buckets.delete(customerId);
    } else {
      bucket = new Map();
    }
    this.buckets.set(customerId, bucket);
    this.evictOldest(this.buckets, this.maxCustomers);
    return bucket;
  }

  private evictOldest<V>(map: Map<string, V>, max: number): void {
    while (map.size > max) {
      const oldest = map.keys().next();
      if (oldest.done) return;
      map.delete(oldest.value);
    }
  }
}
