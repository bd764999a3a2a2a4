/**
 * Customers in the fake Salesforce as a salesperson would set them up: an Account, its
 * Contact, Products, and the Account's Orders with their items. In process through
 * `FakeSalesforce.addCustomer`, or over HTTP (POST /__fake/customers) in its own process.
 */
import type { SampleOrder } from '@/lib/crm/sample-orders';

export interface FakeCustomerInput {
  firstName?: string;
  lastName: string;
  email: string;
  phone?: string;
  /** False makes a Contact without an Account. */
  hasAccount?: boolean;
}

export interface FakeCustomerRef {
  contactId: string;
  accountId: string | null;
  /** In the order given. */
  orderIds: string[];
}

type Insert = (sobject: string, fields: Record<string, unknown>) => string;
type Find = (sobject: string, field: string, value: unknown) => string | undefined;

/** Adds the customer with its orders; Product2 records are shared by name. */
export function addFakeCustomer(
  insert: Insert,
  find: Find,
  customer: FakeCustomerInput,
  orders: readonly SampleOrder[] = [],
  { isMultiCurrency = false } = {},
): FakeCustomerRef {
  const hasAccount = customer.hasAccount ?? true;
  if (!hasAccount && orders.length > 0)
    throw new Error('a Contact without an Account has no orders');
  const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ');
  const accountId = hasAccount ? insert('Account', { Name: `${name} (household)` }) : null;
  const contactId = insert('Contact', {
    AccountId: accountId,
    FirstName: customer.firstName ?? null,
    LastName: customer.lastName,
    Email: customer.email,
    Phone: customer.phone ?? null,
  });
  const productId = (productName: string) =>
    find('Product2', 'Name', productName) ?? insert('Product2', { Name: productName });

  const orderIds = orders.map((order) => {
    const currency = isMultiCurrency ? { CurrencyIsoCode: order.currency } : {};
    const orderId = insert('Order', {
      ...currency,
      AccountId: accountId,
      BillToContactId: contactId,
      EffectiveDate: order.effectiveDate,
      Status: order.status,
    });
    for (const line of order.lines) {
      insert('OrderItem', {
        ...currency,
        OrderId: orderId,
        Product2Id: productId(line.productName),
        Quantity: line.quantity,
        UnitPrice: line.unitPriceCents / 100,
      });
    }
    return orderId;
  });
  return { contactId, accountId, orderIds };
}
