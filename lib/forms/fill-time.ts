/**
 * The minimum fill time: each form carries the moment it was rendered, sealed so a bot can
 * neither read nor backdate it. A post sooner than a person could type is refused with a
 * request to send again (the values kept); a missing or forged seal counts as too fast.
 *
 * The seal also carries a random form-instance id, the idempotency key of what is sent with
 * it (see receipts.ts): the same post repeated is stored once.
 * @module
 */
import { randomUUID } from 'node:crypto';

import { createPurposeSealedValue } from './purpose-seal';

export { STARTED_AT_FIELD } from './field-names';
/** Faster than this, no person filled the form. */
export const MIN_FILL_MS = 3000;
// A page may sit open (or cached) for long; past this its seal is as good as missing, and the
// answer carries a fresh one, so the visitor only has to press Send again.
const SEAL_TTL_SECONDS = 7 * 24 * 3600;
/** How long a seal is good for; receipts of form posts need be kept no longer. */
export const SEAL_TTL_MS = SEAL_TTL_SECONDS * 1000;

/** What a form's seal holds: when it was rendered, and which rendering it was. */
export interface FormStart {
  at: number;
  instanceId: string;
}

const startedAt = createPurposeSealedValue<FormStart>(
  'form-started',
  SEAL_TTL_SECONDS,
  ({ at, instanceId }) =>
    typeof at === 'number' && Number.isFinite(at) && typeof instanceId === 'string' && instanceId
      ? { at, instanceId }
      : null,
);

/** A seal of `now` and a new form-instance id, for the hidden field. */
export function sealStartedAt(secret: string, now = Date.now()): Promise<string> {
  return startedAt.seal({ at: now, instanceId: randomUUID() }, secret);
}

/** The form's start, or null for a missing, forged, expired or non-text seal. */
export function readStartedAt(sealed: unknown, secret: string): Promise<FormStart | null> {
  return startedAt.unseal(typeof sealed === 'string' ? sealed : undefined, secret);
}

/** True when `start` is at least MIN_FILL_MS before `now`. */
export function isFilledByPerson(start: FormStart | null, now = Date.now()): boolean {
  return start !== null && now - start.at >= MIN_FILL_MS;
}
