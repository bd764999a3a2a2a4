/**
 * Checks on what the account pages pass to CustomerCrm, shared by both adapters so that they
 * answer the same: an id that cannot be a record id is no record, and a page outside what
 * Salesforce can answer is a clear error rather than a failed query.
 * @module
 */
import { CrmError } from '@/lib/crm/port';

const RECORD_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** True when `id` has the shape of a Salesforce record id (15 or 18 letters and digits). */
export function isRecordId(id: unknown): id is string {
  return typeof id === 'string' && RECORD_ID.test(id);
}

/** Salesforce's Email fields hold at most 80 characters: a longer address is nobody's. */
const MAX_EMAIL_LENGTH = 80;

/** The address to look a customer up by (trimmed), or null when no Contact can have it. */
export function toLookupEmail(email: unknown): string | null {
  if (typeof email !== 'string') return null;
  const trimmed = email.trim();
  return trimmed === '' || trimmed.length > MAX_EMAIL_LENGTH ? null : trimmed;
}

/** The most orders one page may ask for. */
export const MAX_ORDER_PAGE_SIZE = 200;
/** Salesforce refuses an OFFSET above 2,000 (SOQL reference, "OFFSET"). */
export const MAX_ORDER_OFFSET = 2000;

/** Throws CrmError INVALID_PAGE unless offset and limit are whole numbers in range. */
export function checkOrderPage(page: { offset: number; limit: number }): void {
  const { offset, limit } = page;
  const isValid =
    Number.isInteger(offset) &&
    Number.isInteger(limit) &&
    offset >= 0 &&
    offset <= MAX_ORDER_OFFSET &&
    limit >= 1 &&
    limit <= MAX_ORDER_PAGE_SIZE;
  if (!isValid) {
    throw new CrmError(
      'INVALID_PAGE',
      `order page must have 0 <= offset <= ${MAX_ORDER_OFFSET} and 1 <= limit <= ${MAX_ORDER_PAGE_SIZE}`,
      { retryable: false },
    );
  }
}

/** The customer's Contact is gone (erased, merged) since they signed in. */
export function customerGoneError(): CrmError {
  return new CrmError('NOT_FOUND', 'the customer is no longer in the CRM', { retryable: false });
}
