import { hkdfSync } from 'node:crypto';

/**
 * A key of its own for one use, derived from the site's secret, so that the cookie signature
 * and the address hash never share a key with each other or with the sealed cookies.
 */
export function deriveKey(secret: string, purpose: 'consent-cookie' | 'consent-address'): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'portico', `portico ${purpose} v1`, 32));
}
