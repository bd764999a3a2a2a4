/**
 * Sealed values that say what they are for: each seal carries a `purpose` claim, checked on
 * unseal, so a value sealed for one use (a confirmation link) is refused for another (an
 * unsubscribe link) even though both share the site's secret.
 * @module
 */
import { createSealedValue, type SealedValue } from '@/lib/sealed-value';

/** Every purpose a form seal may have. */
export type SealPurpose = 'newsletter-confirm' | 'newsletter-unsubscribe' | 'form-started';

/** A sealed value bound to `purpose`: sealed with it, and null on unseal without it. */
export function createPurposeSealedValue<T extends object>(
  purpose: SealPurpose,
  ttlSeconds: number,
  read: (unsealed: Record<string, unknown>) => T | null,
): SealedValue<T> {
  const sealed = createSealedValue<T>(ttlSeconds, (claim) =>
    claim.purpose === purpose ? read(claim) : null,
  );
  return {
    // `read` copies only the claim's own fields, so the purpose never reaches the caller.
    seal: (claim, secret) => sealed.seal({ ...claim, purpose }, secret),
    unseal: (value, secret) => sealed.unseal(value, secret),
  };
}
