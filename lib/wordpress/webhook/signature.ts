import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header naming the second (unix time) at which WordPress signed the request. */
export const TIMESTAMP_HEADER = 'x-portico-timestamp';
/** The header carrying `sha256=<hex>`, the HMAC-SHA256 of `<timestamp>.<raw body>`. */
export const SIGNATURE_HEADER = 'x-portico-signature';

const PREFIX = 'sha256=';

/**
 * The signature header's value for a body sent at `timestamp` (unix seconds). The WordPress
 * plugin's `portico_sign()` computes the same; wordpress/tests/signature-vectors.json holds both
 * to it.
 */
export function signWebhook(secret: string, timestamp: number, rawBody: string): string {
  const hmac = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8');
  return `${PREFIX}${hmac.digest('hex')}`;
}

/** Whether `header` is the signature of this body and timestamp, compared in constant time. */
export function isSignatureValid(
  secret: string,
  timestamp: number,
  rawBody: string,
  header: string,
): boolean {
  const expected = Buffer.from(signWebhook(secret, timestamp, rawBody), 'utf8');
  const given = Buffer.from(header.trim().toLowerCase(), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
