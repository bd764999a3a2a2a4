/**
 * The tokens in newsletter links, sealed with iron-session (lib/sealed-value): nobody can read
 * or forge them, so a link alone proves that its holder received our mail at that address.
 * Each carries its purpose, so a confirmation token never unsubscribes, nor the reverse.
 * @module
 */
import { createPurposeSealedValue } from './purpose-seal';

/** What a confirmation link holds: everything the subscription needs, nothing stored before. */
export interface ConfirmationClaim {
  email: string;
  firstName?: string;
  consentText: string;
  consentVersion: string;
  /** When the visitor ticked the box, in ms since the epoch. */
  consentAt: number;
}

/** A confirmation link works for 48 hours. */
export const CONFIRMATION_TTL_SECONDS = 48 * 3600;

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** Seals and opens confirmation tokens. */
export const confirmationToken = createPurposeSealedValue<ConfirmationClaim>(
  'newsletter-confirm',
  CONFIRMATION_TTL_SECONDS,
  (claim) => {
    const { email, firstName, consentText, consentVersion, consentAt } = claim;
    if (!isText(email) || !isText(consentText) || !isText(consentVersion)) return null;
    if (typeof consentAt !== 'number') return null;
    if (firstName !== undefined && typeof firstName !== 'string') return null;
    return { email, firstName, consentText, consentVersion, consentAt };
  },
);

/**
 * Unsubscribe links must work from a mail read years later, so their seal never expires
 * (iron's ttl 0); replacing PORTICO_SECRET is what retires them.
 */
export const unsubscribeToken = createPurposeSealedValue<{ email: string }>(
  'newsletter-unsubscribe',
  0,
  (claim) => (isText(claim.email) ? { email: claim.email } : null),
);
