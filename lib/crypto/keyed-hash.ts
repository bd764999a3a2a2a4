import { createHmac } from 'node:crypto';

import { deriveKey } from '@/lib/crypto/at-rest';

/**
 * A keyed hash (HMAC-SHA256 under a key derived for `purpose`): equal inputs give equal
 * hashes, so a row can be found by a value it does not store, and without the secret the
 * hash cannot be checked against a guessed value.
 */
export function createKeyedHash(secret: string, purpose: string): (value: string) => string {
  const key = deriveKey(secret, purpose);
  return (value) => createHmac('sha256', key).update(value, 'utf8').digest('base64url');
}

/** The form of an email address that identifies a person: trimmed, NFC, lower case. */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
