/**
 * Salesforce's records as the customer side reads them, and their mapping to the port's
 * types. Numbers come as JSON numbers, dates as `YYYY-MM-DD`, a parent field as a nested
 * object (`Product2: { Name }`, or null) and a child subquery as a query result (or null).
 * @module
 */
import type { ConsentRecord, Customer, OrderDetail, OrderSummary } from '@/lib/crm/port';
import { CONSENT_FIELDS } from '@/lib/crm/salesforce/consent-object';
import type { QueryResult } from '@/lib/crm/salesforce/session';

export interface ContactRow {
  Id: string;
  AccountId: string | null;
  Email: string | null;
  FirstName: string | null;
  LastName: string;
  Phone?: string | null;
  HasOptedOutOfEmail?: boolean;
}

export interface OrderItemRow {
  Id: string;
  Quantity: number;
  UnitPrice: number;
  TotalPrice: number;
  Product2: { Name: string | null } | null;
}

export interface OrderRow {
  Id: string;
  OrderNumber: string;
  EffectiveDate: string;
  Status: string;
  TotalAmount: number | null;
  CurrencyIsoCode?: string | null;
  OrderItems?: QueryResult<OrderItemRow> | null;
}

export type ConsentRecordRow = { Id: string } & Partial<
  Record<(typeof CONSENT_FIELDS)[keyof typeof CONSENT_FIELDS], string | null>
>;

export function toCustomer(row: ContactRow): Customer {
  return {
    id: row.Id,
    accountId: row.AccountId ?? null,
    email: row.Email ?? '',
    firstName: row.FirstName ?? null,
    lastName: row.LastName,
  };
}

export function toOrderSummary(row: OrderRow, defaultCurrency: string): OrderSummary {
  return {
    id: row.Id,
    orderNumber: row.OrderNumber,
    effectiveDate: row.EffectiveDate,
    status: row.Status,
    totalAmount: row.TotalAmount ?? 0,
    currency: row.CurrencyIsoCode ?? defaultCurrency,
  };
}

/** The order with `items`: all of its OrderItems, the sub-query's later batches included. */
export function toOrderDetail(
  row: OrderRow,
  items: readonly OrderItemRow[],
  defaultCurrency: string,
): OrderDetail {
  return {
    ...toOrderSummary(row, defaultCurrency),
    lines: items.map((item) => ({
      id: item.Id,
      // A product an admin has since hidden from this user reads as null.
      productName: item.Product2?.Name ?? 'Product',
      quantity: item.Quantity,
      unitPrice: item.UnitPrice,
      totalPrice: item.TotalPrice,
    })),
  };
}

export function toConsent(row: ConsentRecordRow): ConsentRecord & { id: string } {
  return {
    id: row.Id,
    text: row[CONSENT_FIELDS.text] ?? '',
    version: row[CONSENT_FIELDS.version] ?? '',
    givenAt: new Date(row[CONSENT_FIELDS.givenAt] ?? 0),
  };
}
