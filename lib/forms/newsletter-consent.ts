/**
 * The consent a newsletter subscriber gives: the exact words next to the checkbox and their
 * version. Both travel with the subscription to the CRM; change the version whenever the
 * words change, so every record says what that person agreed to.
 */
export const NEWSLETTER_CONSENT = {
  version: '2026-12-01',
  text:
    'Yes, send me the Portico newsletter by email, about once a month. ' +
    'I can unsubscribe at any time with the link in every newsletter.',
} as const;
