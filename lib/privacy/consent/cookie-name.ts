/** The cookie that holds the visitor's consent (see ./cookie.ts); script may read it. */
export const CONSENT_COOKIE = 'portico-consent';
