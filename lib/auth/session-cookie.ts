/**
 * The customer's session cookie as Auth.js names and sets it, for the one thing done outside
 * Auth.js: keeping the cookie alive while the customer is active. Auth.js extends the session
 * row on every read, but pages (server components) cannot set cookies, so without this the
 * cookie would end 30 minutes after sign-in however busy the customer was.
 * @module
 */
import type { NextRequest, NextResponse } from 'next/server';

/** Auth.js's session cookie name; `__Secure-` prefixed over HTTPS. */
export function sessionCookieName(isHttps: boolean): string {
  return `${isHttps ? '__Secure-' : ''}authjs.session-token`;
}

/** Customers' pages (app/account) and Auth.js's endpoints. */
const ACCOUNT_ANSWERS = /^\/(?:account(?:\/|$)|api\/auth\/)/;

/**
 * For proxy.ts: a customer's pages and Auth.js's answers are never kept by a shared cache or
 * on disk, and an account page's GET keeps the session cookie alive (not Auth.js's own
 * answers: a sign-in sets a new cookie there).
 */
export function protectAccountAnswer(
  request: NextRequest,
  response: NextResponse,
  config: { isHttps: boolean; accounts: { sessionIdleSeconds: number } },
): void {
  const { pathname } = request.nextUrl;
  if (!ACCOUNT_ANSWERS.test(pathname)) return;
  response.headers.set('cache-control', 'private, no-store');
  if (pathname.startsWith('/account')) {
    extendSessionCookie(request, response, {
      isHttps: config.isHttps,
      idleSeconds: config.accounts.sessionIdleSeconds,
    });
  }
}

/**
 * On a GET of an account page that carries the session cookie, sets it again for another
 * idle period. Only GETs: a POST may be the sign-out, whose deletion must not be undone.
 * The value is copied as sent; a forged one stays as useless as it was.
 */
export function extendSessionCookie(
  request: NextRequest,
  response: NextResponse,
  { isHttps, idleSeconds }: { isHttps: boolean; idleSeconds: number },
): void {
  if (request.method !== 'GET') return;
  const name = sessionCookieName(isHttps);
  const value = request.cookies.get(name)?.value;
  if (!value) return;
  response.cookies.set(name, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isHttps,
    maxAge: idleSeconds,
  });
}
