import { randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Key prefixes Salesforce gives these objects; the consent object's is a custom one. */
export const KEY_PREFIX = {
  Lead: '00Q',
  Contact: '003',
  Consent: 'a0P',
  Account: '001',
  Order: '801',
  OrderItem: '802',
  Case: '500',
} as const;

/**
 * The 3-character suffix that turns a case-sensitive 15-character Salesforce id into the
 * case-insensitive 18-character form: for each 5-character chunk, a bit per uppercase letter.
 */
export function salesforceIdSuffix(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let bits = 0;
    for (let position = 0; position < 5; position += 1) {
      const character = id15[chunk * 5 + position] ?? '';
      if (character >= 'A' && character <= 'Z') bits |= 1 << position;
    }
    suffix += SUFFIX_ALPHABET[bits];
  }
  return suffix;
}

/** A new random 18-character id shaped like Salesforce's, e.g. 00Q… for a Lead. */
export function newSalesforceStyleId(prefix: string): string {
  let id15 = `${prefix}000`;
  while (id15.length < 15) id15 += BASE62[randomInt(BASE62.length)];
  return id15 + salesforceIdSuffix(id15);
}
