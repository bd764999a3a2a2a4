import { sealData, unsealData } from 'iron-session';

export { UNLOCK_COOKIE } from './cookie-name';

/** WordPress keeps its post-password cookie for ten days. */
export const UNLOCK_TTL_SECONDS = 10 * 24 * 60 * 60;

export interface UnlockClaim {
  databaseId: number;
  password: string;
}

/** Seals the claim so the visitor can neither read nor forge it. */
export function sealUnlock(claim: UnlockClaim, secret: string): Promise<string> {
  return sealData(claim, { password: secret, ttl: UNLOCK_TTL_SECONDS });
}

/** The claim in a cookie, or null for a missing, expired, forged or tampered one. */
export async function unsealUnlock(
  sealed: string | undefined,
  secret: string,
): Promise<UnlockClaim | null> {
  if (!sealed) return null;
  try {
    const claim = await unsealData<Partial<UnlockClaim>>(sealed, {
      password: secret,
      ttl: UNLOCK_TTL_SECONDS,
    });
    if (typeof claim.databaseId !== 'number' || typeof claim.password !== 'string') return null;
    return { databaseId: claim.databaseId, password: claim.password };
  } catch {
    return null;
  }
}
