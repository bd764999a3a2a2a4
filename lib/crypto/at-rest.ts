/**
 * Encryption at rest: AES-256-GCM with a key derived (HKDF-SHA256) from the site secret and a
 * purpose label, so that each use of the secret has a key of its own.
 *
 * Format: `version (1 byte) | IV (12 random bytes) | tag (16 bytes) | ciphertext`. The version
 * byte and the optional associated data (e.g. a row's id) are authenticated with the
 * ciphertext: a sealed value copied to another row does not open there.
 * @module
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
const KDF_SALT = 'portico/at-rest';

export type AtRestErrorCode = 'malformed' | 'unsupported-version' | 'unauthentic';

/** A sealed value that cannot be opened: truncated, of an unknown version, tampered with, or
 * sealed under another key. The message never contains the value. */
export class AtRestError extends Error {
  readonly code: AtRestErrorCode;

  constructor(code: AtRestErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AtRestError';
    this.code = code;
  }
}

export interface AtRestCipher {
  encrypt(plaintext: Buffer, associatedData?: string): Buffer;
  decrypt(sealed: Buffer, associatedData?: string): Buffer;
  encryptJson(value: unknown, associatedData?: string): Buffer;
  decryptJson(sealed: Buffer, associatedData?: string): unknown;
}

/** Derives a 32-byte key for `purpose` from `secret` (HKDF-SHA256). */
export function deriveKey(secret: string, purpose: string): Buffer {
  if (!purpose) throw new Error('a key needs a purpose label');
  return Buffer.from(hkdfSync('sha256', secret, KDF_SALT, `portico:${purpose}`, 32));
}

/** A cipher for one purpose (e.g. `outbox`), keyed from `secret`. */
export function createAtRestCipher(secret: string, purpose: string): AtRestCipher {
  const key = deriveKey(secret, purpose);

  function encrypt(plaintext: Buffer, associatedData = ''): Buffer {
    const iv = randomBytes(IV_BYTES);
    const version = Buffer.of(VERSION);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.concat([version, Buffer.from(associatedData, 'utf8')]));
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return Buffer.concat([version, iv, cipher.getAuthTag(), ciphertext]);
  }

  function decrypt(sealed: Buffer, associatedData = ''): Buffer {
    if (sealed.length < HEADER_BYTES) {
      throw new AtRestError('malformed', 'sealed value is too short');
    }
    if (sealed[0] !== VERSION) {
      throw new AtRestError('unsupported-version', `sealed value has unknown version ${sealed[0]}`);
    }
    const iv = sealed.subarray(1, 1 + IV_BYTES);
    const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    decipher.setAAD(Buffer.concat([sealed.subarray(0, 1), Buffer.from(associatedData, 'utf8')]));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
    } catch (cause) {
      throw new AtRestError(
        'unauthentic',
        'sealed value was tampered with or sealed under another key',
        { cause },
      );
    }
  }

  return {
    encrypt,
    decrypt,
    encryptJson: (value, associatedData) =>
      encrypt(Buffer.from(JSON.stringify(value), 'utf8'), associatedData),
    decryptJson: (sealed, associatedData) =>
      JSON.parse(decrypt(sealed, associatedData).toString('utf8')) as unknown,
  };
}
