import { describe, expect, it } from 'vitest';

import {
  CONSENT_MAX_AGE_SECONDS,
  decodeConsentCookie,
  encodeConsentCookie,
  type ConsentRecord,
} from './cookie';
import { deriveKey } from './keys';

const key = deriveKey('a-test-secret-that-is-long-enough-for-this', 'consent-cookie');
const now = 1_780_000_000;
const record: ConsentRecord = {
  id: 'AbCdEfGhIjKlMnOpQrStUv',
  version: 'v1abc',
  categories: ['statistics', 'external-media'],
  decidedAt: now - 60,
};

function flipLastCharacter(text: string): string {
  const last = text.at(-1) === 'A' ? 'B' : 'A';
  return text.slice(0, -1) + last;
}

describe('consent cookie codec', () => {
  it('reads back what it wrote', () => {
    expect(decodeConsentCookie(encodeConsentCookie(record, key), key, now)).toEqual(record);
  });

  it('writes only characters a cookie value may hold, readable by script', () => {
    expect(encodeConsentCookie(record, key)).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('refuses a payload altered to grant more, even when it is well formed', () => {
    const [, signature] = encodeConsentCookie(record, key).split('.');
    const forged = Buffer.from(
      JSON.stringify({ i: record.id, v: record.version, c: ['marketing'], t: record.decidedAt }),
    ).toString('base64url');
    expect(decodeConsentCookie(`${forged}.${signature}`, key, now)).toBeNull();
  });

  it('refuses a changed signature, a missing one and an extra part', () => {
    const value = encodeConsentCookie(record, key);
    const [payload, signature = ''] = value.split('.');
    expect(decodeConsentCookie(`${payload}.${flipLastCharacter(signature)}`, key, now)).toBeNull();
    expect(decodeConsentCookie(`${payload}.`, key, now)).toBeNull();
    expect(decodeConsentCookie(payload, key, now)).toBeNull();
    expect(decodeConsentCookie(`${value}.x`, key, now)).toBeNull();
  });

  it('refuses a value signed with another key', () => {
    const other = deriveKey('another-secret-that-is-long-enough-for-this', 'consent-cookie');
    expect(decodeConsentCookie(encodeConsentCookie(record, other), key, now)).toBeNull();
  });

  it('refuses garbage, an empty value and a missing cookie', () => {
    for (const value of ['garbage', '', '.', '%%%.%%%', 'e30.e30', undefined]) {
      expect(decodeConsentCookie(value, key, now)).toBeNull();
    }
  });

  it('refuses a genuine signature over a payload that is not a choice', () => {
    // Signed with the right key: only the shape check can refuse these.
    const bad: ConsentRecord[] = [
      { ...record, id: 'short' },
      { ...record, version: '' },
      { ...record, categories: ['everything' as never] },
      { ...record, decidedAt: 1.5 },
    ];
    for (const entry of bad) {
      expect(decodeConsentCookie(encodeConsentCookie(entry, key), key, now)).toBeNull();
    }
  });

  it('refuses a choice older than its maximum age, or from far in the future', () => {
    const old = { ...record, decidedAt: now - CONSENT_MAX_AGE_SECONDS - 1 };
    expect(decodeConsentCookie(encodeConsentCookie(old, key), key, now)).toBeNull();
    const future = { ...record, decidedAt: now + 2 * 24 * 60 * 60 };
    expect(decodeConsentCookie(encodeConsentCookie(future, key), key, now)).toBeNull();
  });

  it('derives different keys for the cookie and the address hash', () => {
    const secret = 'a-test-secret-that-is-long-enough-for-this';
    expect(deriveKey(secret, 'consent-cookie').equals(deriveKey(secret, 'consent-address'))).toBe(
      false,
    );
  });
});
