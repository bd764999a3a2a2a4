/** Formats for the account pages (the site writes English). */
const LOCALE = 'en-GB';

/** An amount with its currency, e.g. €1,234.50 or CHF 99.00. */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, { style: 'currency', currency }).format(amount);
  } catch {
    // An unknown currency code: the number with the code beside it.
    return `${new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2 }).format(amount)} ${currency}`;
  }
}

/** An ISO date (YYYY-MM-DD) as "4 Dec 2026"; anything else as given. */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}
