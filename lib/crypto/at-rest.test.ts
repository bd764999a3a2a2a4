import { describe, expect, it } from 'vitest';

import { AtRestError, createAtRestCipher } from '@/lib/crypto/at-rest';
import { createKeyedHash, normaliseEmail } from '@/lib/crypto/keyed-hash';

const SECRET = 'a-test-secret-of-at-least-32-characters!';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AtRestError ? error.code : `not an AtRestError: ${String(error)}`;
  }
  return undefined;
}

describe('createAtRestCipher', () => {
  const cipher = createAtRestCipher(SECRET, 'outbox');

  it('round-trips JSON and never shows the plaintext in the sealed bytes', () => {
    const value = { email: 'jose.nunez@example.com', name: 'José Núñez', note: '李雷' };
    const sealed = cipher.encryptJson(value, 'row-1');
    expect(cipher.decryptJson(sealed, 'row-1')).toEqual(value);
    expect(sealed.includes(Buffer.from('jose.nunez'))).toBe(false);
    expect(sealed[0]).toBe(1);
  });

  it('uses a fresh IV each time', () => {
    const a = cipher.encrypt(Buffer.from('same'));
    const b = cipher.encrypt(Buffer.from('same'));
    expect(a.subarray(1, 13).equals(b.subarray(1, 13))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('refuses a flipped bit anywhere, naming no content', () => {
    const sealed = cipher.encrypt(Buffer.from('secret text'));
    for (const index of [1, 13, 29, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[index]! ^= 0x01;
      expect(codeOf(() => cipher.decrypt(tampered))).toBe('unauthentic');
    }
  });

  it('refuses a value sealed under another secret or for another purpose', () => {
    const sealed = cipher.encrypt(Buffer.from('x'));
    const otherSecret = createAtRestCipher(`${SECRET}-other`, 'outbox');
    const otherPurpose = createAtRestCipher(SECRET, 'consent');
    expect(codeOf(() => otherSecret.decrypt(sealed))).toBe('unauthentic');
    expect(codeOf(() => otherPurpose.decrypt(sealed))).toBe('unauthentic');
  });

  it('refuses a value moved to other associated data', () => {
    const sealed = cipher.encrypt(Buffer.from('x'), 'row-1');
    expect(codeOf(() => cipher.decrypt(sealed, 'row-2'))).toBe('unauthentic');
  });

  it('refuses truncated values and unknown versions with their own codes', () => {
    const sealed = cipher.encrypt(Buffer.from('x'));
    expect(codeOf(() => cipher.decrypt(sealed.subarray(0, 20)))).toBe('malformed');
    const future = Buffer.from(sealed);
    future[0] = 2;
    expect(codeOf(() => cipher.decrypt(future))).toBe('unsupported-version');
  });
});

describe('createKeyedHash', () => {
  it('is stable for one key and differs across keys and purposes', () => {
    const hash = createKeyedHash(SECRET, 'outbox-subject');
    expect(hash('a@example.com')).toBe(hash('a@example.com'));
    expect(hash('a@example.com')).not.toBe(hash('b@example.com'));
    expect(createKeyedHash(SECRET, 'other')('a@example.com')).not.toBe(hash('a@example.com'));
  });

  it('normalises case, spacing and unicode form of an email', () => {
    expect(normaliseEmail('  Jose.NUNEZ@Example.COM ')).toBe('jose.nunez@example.com');
    expect(normaliseEmail('Ørsted@e.dk'.normalize('NFD'))).toBe('ørsted@e.dk');
  });
});
