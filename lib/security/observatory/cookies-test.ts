import type { TestOutcome } from './types';

interface ParsedCookie {
  name: string;
  isSecure: boolean;
  isHttpOnly: boolean;
  /** The SameSite value as written, lower case; undefined when absent. */
  sameSite?: string;
}

/** The attributes of one Set-Cookie line that the cookies test looks at. */
export function parseSetCookie(line: string): ParsedCookie {
  const [pair = '', ...attributes] = line.split(';');
  const cookie: ParsedCookie = {
    name: pair.split('=')[0]?.trim() ?? '',
    isSecure: false,
    isHttpOnly: false,
  };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    if (key === 'secure') cookie.isSecure = true;
    if (key === 'httponly') cookie.isHttpOnly = true;
    if (key === 'samesite') cookie.sameSite = rest.join('=').trim().toLowerCase();
  }
  return cookie;
}

// From best to worst: a cookie's finding replaces the current one only when it is worse.
const RANKED: Array<[string, number]> = [
  ['cookies-without-secure-flag-but-protected-by-hsts', -5],
  ['cookies-without-secure-flag', -20],
  ['cookies-session-without-secure-flag-but-protected-by-hsts', -10],
  ['cookies-samesite-flag-invalid', -20],
  ['cookies-anticsrf-without-samesite-flag', -20],
  ['cookies-session-without-httponly-flag', -30],
  ['cookies-session-without-secure-flag', -40],
];

/**
 * The cookies test: every cookie Secure (HSTS softens a lapse), session and login cookies
 * HttpOnly, SameSite Strict or Lax (None only with Secure); all of that earns +5.
 */
export function testCookies(setCookieLines: string[], hasHsts: boolean): TestOutcome {
  if (setCookieLines.length === 0)
    return { test: 'cookies', result: 'cookies-not-found', modifier: 0 };
  let worst = -1;
  const worsen = (result: string) => {
    worst = Math.max(
      worst,
      RANKED.findIndex(([name]) => name === result),
    );
  };
  let isSameSiteEverywhere = true;
  for (const cookie of setCookieLines.map(parseSetCookie)) {
    const name = cookie.name.toLowerCase();
    const isSession = name.includes('login') || name.includes('sess');
    if (cookie.sameSite !== undefined && !['lax', 'strict', 'none'].includes(cookie.sameSite)) {
      worsen('cookies-samesite-flag-invalid');
    }
    if (cookie.sameSite === 'none' && !cookie.isSecure) worsen('cookies-samesite-flag-invalid');
    if (!cookie.isSecure) {
      worsen(
        hasHsts
          ? 'cookies-without-secure-flag-but-protected-by-hsts'
          : 'cookies-without-secure-flag',
      );
    }
    if (name.includes('csrf') && !cookie.sameSite) worsen('cookies-anticsrf-without-samesite-flag');
    if (isSession && !cookie.isSecure) {
      worsen(
        hasHsts
          ? 'cookies-session-without-secure-flag-but-protected-by-hsts'
          : 'cookies-session-without-secure-flag',
      );
    }
    if (isSession && !cookie.isHttpOnly) worsen('cookies-session-without-httponly-flag');
    if (!cookie.sameSite) isSameSiteEverywhere = false;
  }
  const found = RANKED[worst];
  if (found) return { test: 'cookies', result: found[0], modifier: found[1] };
  return isSameSiteEverywhere
    ? { test: 'cookies', result: 'cookies-secure-with-httponly-sessions-and-samesite', modifier: 5 }
    : { test: 'cookies', result: 'cookies-secure-with-httponly-sessions', modifier: 0 };
}
