/**
 * Where a customer may be sent after signing in: only a path of this site under /account.
 * Anything else (another site, `//evil`, `/\evil`, a path elsewhere on the site) falls back to
 * the account's home, so a sign-in link can never be made to forward its holder elsewhere.
 * @module
 */

/** The account's home page. */
export const ACCOUNT_HOME = '/account/';

const PLACEHOLDER_ORIGIN = 'http://portico.invalid';

/**
 * `value` as a same-site path under /account (with its query), or ACCOUNT_HOME. An absolute
 * URL is accepted only on `origin` (Auth.js hands its callback URLs over absolute).
 */
export function toAccountPath(value: unknown, origin?: string): string {
  if (typeof value !== 'string' || value.length > 2_000) return ACCOUNT_HOME;
  // Browsers drop tabs and newlines inside URLs; a value that needs that is not ours.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return ACCOUNT_HOME;
  const isPath = value.startsWith('/') && !value.startsWith('//');
  const base = isPath ? PLACEHOLDER_ORIGIN : origin;
  if (!base || !URL.canParse(value, base)) return ACCOUNT_HOME;
  const url = new URL(value, base);
  if (url.origin !== new URL(base).origin) return ACCOUNT_HOME;
  if (url.pathname !== '/account' && !url.pathname.startsWith('/account/')) return ACCOUNT_HOME;
  return `${url.pathname}${url.search}`;
}
