import { sealData, unsealData } from 'iron-session';

/** Seals a claim into a string a visitor can hold but neither read nor forge. */
export interface SealedValue<T> {
  seal(claim: T, secret: string): Promise<string>;
  /** The claim, or null for a missing, expired, forged, tampered or malformed value. */
  unseal(sealed: string | undefined, secret: string): Promise<T | null>;
}

/**
 * A sealed value with iron-session: encrypted and authenticated with the secret, its expiry
 * stamped into the seal. `read` checks the unsealed shape and keeps only the claim's fields.
 */
export function createSealedValue<T extends object>(
  ttlSeconds: number,
  read: (unsealed: Record<string, unknown>) => T | null,
): SealedValue<T> {
  return {
    seal: (claim, secret) => sealData(claim, { password: secret, ttl: ttlSeconds }),
    async unseal(sealed, secret) {
      if (!sealed) return null;
      try {
        return read(
          await unsealData<Record<string, unknown>>(sealed, { password: secret, ttl: ttlSeconds }),
        );
      } catch {
        return null;
      }
    },
  };
}
