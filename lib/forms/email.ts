/**
 * The email check of the forms: the HTML standard's "valid email address" (what a browser's
 * type=email accepts), plus what mail actually needs: a dot in the domain, at most 64
 * characters before the @ and 254 in all (RFC 5321's path limit).
 * @module
 */

/** Longest address that fits an SMTP path (RFC 5321 §4.5.3.1.3). */
export const EMAIL_MAX_LENGTH = 254;
const LOCAL_PART_MAX_LENGTH = 64;

// https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address
const HTML_VALID_EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * True for an address mail can be sent to. Display names (`Ann <a@b.co>`), comments, quoted
 * local parts, spaces and line breaks all fail the HTML pattern, so none can smuggle a second
 * recipient or a header into a mail.
 */
export function isDeliverableEmail(value: string): boolean {
  if (value.length > EMAIL_MAX_LENGTH || !HTML_VALID_EMAIL.test(value)) return false;
  const at = value.lastIndexOf('@');
  const domain = value.slice(at + 1);
  return at <= LOCAL_PART_MAX_LENGTH && domain.includes('.') && !domain.endsWith('.');
}

/** The form of an address that is stored and compared: the domain is case-insensitive. */
export function normalizeEmail(value: string): string {
  const at = value.lastIndexOf('@');
  return `${value.slice(0, at)}@${value.slice(at + 1).toLowerCase()}`;
}
