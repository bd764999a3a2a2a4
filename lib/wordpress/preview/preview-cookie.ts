import { createSealedValue } from '@/lib/sealed-value';

/** The cookie holding an editor's access to one preview; HttpOnly, sealed, short-lived. */
export const PREVIEW_COOKIE = 'portico-preview';

/** A preview link works for an hour; WordPress hands out a new one with each preview. */
export const PREVIEW_TTL_SECONDS = 60 * 60;

export interface PreviewClaim {
  /** The post or page the editor may preview. */
  databaseId: number;
}

const previewSeal = createSealedValue<PreviewClaim>(PREVIEW_TTL_SECONDS, ({ databaseId }) =>
  typeof databaseId === 'number' ? { databaseId } : null,
);

/** Seals the claim; iron-session stamps the expiry into the seal. */
export const sealPreview = previewSeal.seal;

/** The claim in a cookie, or null for a missing, expired, forged or tampered one. */
export const unsealPreview = previewSeal.unseal;
