import { sealData, unsealData } from 'iron-session';

/** The cookie holding an editor's access to one preview; HttpOnly, sealed, short-lived. */
export const PREVIEW_COOKIE = 'portico-preview';

/** A preview link works for an hour; WordPress hands out a new one with each preview. */
export const PREVIEW_TTL_SECONDS = 60 * 60;

export interface PreviewClaim {
  /** The post or page the editor may preview. */
  databaseId: number;
}

/** Seals the claim; iron-session stamps the expiry into the seal. */
export function sealPreview(claim: PreviewClaim, secret: string): Promise<string> {
  return sealData(claim, { password: secret, ttl: PREVIEW_TTL_SECONDS });
}

/** The claim in a cookie, or null for a missing, expired, forged or tampered one. */
export async function unsealPreview(
  sealed: string | undefined,
  secret: string,
): Promise<PreviewClaim | null> {
  if (!sealed) return null;
  try {
    const claim = await unsealData<Partial<PreviewClaim>>(sealed, {
      password: secret,
      ttl: PREVIEW_TTL_SECONDS,
    });
    return typeof claim.databaseId === 'number' ? { databaseId: claim.databaseId } : null;
  } catch {
    return null;
  }
}
