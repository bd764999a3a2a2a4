/** How long a sign-in link works (and an erasure confirmation link). */
export const SIGN_IN_LINK_TTL_SECONDS = 15 * 60;

/** Sign-in requests per email address per window, and per client address. */
export const SIGN_IN_REQUESTS_PER_ADDRESS = 3;
export const SIGN_IN_REQUESTS_PER_CLIENT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Sign-in requests per email address per day: nobody can keep an inbox filling all day. */
export const SIGN_IN_REQUESTS_PER_ADDRESS_PER_DAY = 8;
export const SIGN_IN_DAY_MS = 24 * 60 * 60 * 1000;

/** The id of the email provider, in Auth.js's URLs (/api/auth/callback/email). */
export const EMAIL_PROVIDER_ID = 'email';

/** Where Auth.js's route handler answers. */
export const AUTH_BASE_PATH = '/api/auth';
