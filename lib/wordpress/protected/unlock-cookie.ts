import { createSealedValue } from '@/lib/sealed-value';

export { UNLOCK_COOKIE } from './cookie-name';

/** WordPress keeps its post-password cookie for ten days. */
export const UNLOCK_TTL_SECONDS = 10 * 24 * 60 * 60;

export interface UnlockClaim {
  databaseId: number;
  password: string;
}

const unlockSeal = createSealedValue<UnlockClaim>(UNLOCK_TTL_SECONDS, ({ databaseId, password }) =>
  typeof databaseId === 'number' && typeof password === 'string' ? { databaseId, password } : null,
);

/** Seals the claim so the visitor can neither read nor forge it. */
export const sealUnlock = unlockSeal.seal;

/** The claim in a cookie, or null for a missing, expired, forged or tampered one. */
export const unsealUnlock = unlockSeal.unseal;
