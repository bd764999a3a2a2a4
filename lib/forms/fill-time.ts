/**
 * The minimum fill time: each form carries the moment it was rendered, sealed so a bot can
 * neither read nor backdate it. A post sooner than a person could type is refused with a
 * request to send again (the values kept); a missing or forged seal counts as too fast.
 * @module
 */
import { createSealedValue } from '@/lib/sealed-value';

export { STARTED_AT_FIELD } from './field-names';
/** Faster than this, no person filled the form. */
export const MIN_FILL_MS = 3000;
// A page may sit open (or cached) for long; past this its seal is as good as missing, and the
// answer carries a fresh one, so the visitor only has to press Send again.
const SEAL_TTL_SECONDS = 7 * 24 * 3600;

const startedAt = createSealedValue<{ at: number }>(SEAL_TTL_SECONDS, (claim) =>
  typeof claim.at === 'number' && Number.isFinite(claim.at) ? { at: claim.at } : null,
);

/** A seal of `now`, for the hidden field. */
export function sealStartedAt(secret: string, now = Date.now()): Promise<string> {
  return startedAt.seal({ at: now }, secret);
}

/** True when the form was rendered at least MIN_FILL_MS ago by this site. */
export async function isFilledByPerson(
  sealed: FormDataEntryValue | null,
  secret: string,
  now = Date.now(),
): Promise<boolean> {
  const claim = await startedAt.unseal(typeof sealed === 'string' ? sealed : undefined, secret);
  return claim !== null && now - claim.at >= MIN_FILL_MS;
}
