/** The hidden fields' names, apart from their logic so client code can read them cheaply. */

/** Carries the sealed moment the form was rendered (see fill-time.ts). */
export const STARTED_AT_FIELD = 'startedAt';

/** The honeypot (see honeypot.ts): a name bots want to fill. */
export const HONEYPOT_FIELD = 'website';
