import { NextResponse, type NextRequest } from 'next/server';

import { protectAccountAnswer } from '@/lib/auth/session-cookie';
import { getConfig } from '@/lib/config';
import { isOversizedFormPost, oversizedFormResponse } from '@/lib/forms/oversized-post';
import { dropUntrustedForwarding } from '@/lib/http/client-address';
import { markClosedJobPage } from '@/lib/jobs/gone';
import { crossOriginPostResponse, isCrossOriginPost } from '@/lib/security/cross-origin-post';
import { buildContentSecurityPolicy, createNonce } from '@/lib/security/csp';
import { getCspAllowances } from '@/lib/security/csp-allowances';
import { NONCE_HEADER } from '@/lib/security/nonce-header';
import { buildSecurityHeaders } from '@/lib/security/security-headers';
import { getVisitorScheme, toHttpsUrl } from '@/lib/security/transport';
import { UNLOCK_COOKIE, UNLOCK_ERROR_COOKIE } from '@/lib/wordpress/protected/cookie-name';

const PLAIN_LINK_KEYS = ['p', 'page_id'] as const;
const PREVIEW_PREFIX = '/preview/';
/** Paths that are never a WordPress page, so never a password-protected one. */
const NOT_CONTENT =
  /^\/(?:_next\/|wp-media\/|wp-content\/|unlocked\/|wp-id\/|api\/|jobs\/|account\/|preview\/|privacy\/register|favicon\.ico$|robots\.txt$|sitemap\.xml$)/;

/** The proxy's own answers (403, 413) are plain pages: no script, style or frame at all. */
const SCRIPTLESS_POLICY = {
  'content-security-policy':
    "default-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

/** The headers that are the same on every answer, built on the first request. */
let fixedHeaders: Record<string, string> | undefined;

/**
 * Runs before every request, files and route handlers included:
 * - over plain HTTP on an HTTPS site, a permanent redirect to the same path on HTTPS;
 * - a fresh CSP nonce, passed on to Next in the request's own CSP header (Next stamps it on
 *   its scripts) and as `x-nonce` for components, and the security headers on the answer.
 * Then the routing: editors' previews carry noindex in their headers too, for crawlers that
 * skip the HTML; WordPress's plain links (/?p=123) go to the route that redirects to the
 * permalink; a page whose password the visitor gave (or just got wrong) goes to /unlocked.
 * Those cookies are scoped to the page's own path, so other pages never see them.
 */
export async function proxy(request: NextRequest) {
  const config = getConfig();
  const allowances = getCspAllowances();
  fixedHeaders ??= buildSecurityHeaders({
    isHttps: config.isHttps,
    frameOrigins: allowances.frameOrigins,
  });
  const securityHeaders = fixedHeaders;
  const scheme = getVisitorScheme(request.headers, request.nextUrl, config.trustProxy);
  if (config.isHttps && scheme === 'http') {
    const redirect = NextResponse.redirect(toHttpsUrl(config.siteUrl, request.nextUrl), 308);
    return withHeaders(redirect, securityHeaders);
  }
  if (isCrossOriginPost(request.method, request.headers)) {
    return withHeaders(crossOriginPostResponse(), { ...securityHeaders, ...SCRIPTLESS_POLICY });
  }
  if (await isOversizedFormPost(request, request.nextUrl.pathname)) {
    return withHeaders(oversizedFormResponse(request.nextUrl.pathname), {
      ...securityHeaders,
      ...SCRIPTLESS_POLICY,
    });
  }

  const nonce = createNonce();
  const policy = buildContentSecurityPolicy(nonce, {
    isDevelopment: !config.isProduction,
    allowances,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set('content-security-policy', policy);
  // The forms' rate limit keys on the client address: see lib/http/client-address.
  dropUntrustedForwarding(requestHeaders, config.trustProxy);

  // A closed job's page answers 410 Gone: pages cannot set that status, the proxy can.
  const isGone = await markClosedJobPage(request.method, request.nextUrl.pathname, requestHeaders);
  const response = isGone
    ? NextResponse.next({ request: { headers: requestHeaders }, status: 410 })
    : route(request, requestHeaders, config.isHttps);
  response.headers.set('content-security-policy', policy);
  protectAccountAnswer(request, response, config);
  return withHeaders(response, securityHeaders);
}

function route(request: NextRequest, headers: Headers, isHttps: boolean): NextResponse {
  const pass = { request: { headers } };
  const url = request.nextUrl.clone();
  if (url.pathname.startsWith(PREVIEW_PREFIX)) {
    const response = NextResponse.next(pass);
    response.headers.set('x-robots-tag', 'noindex');
    return response;
  }
  if (url.pathname === '/') {
    for (const key of PLAIN_LINK_KEYS) {
      const id = url.searchParams.get(key);
      if (id !== null) {
        url.pathname = `/wp-id/${key}/${encodeURIComponent(id)}/`;
        url.search = '';
        return NextResponse.rewrite(url, pass);
      }
    }
  }
  if (NOT_CONTENT.test(url.pathname)) return NextResponse.next(pass);
  const hasUnlockError = request.cookies.has(UNLOCK_ERROR_COOKIE);
  if (request.cookies.has(UNLOCK_COOKIE) || hasUnlockError) {
    const path = url.pathname;
    url.pathname = `/unlocked${path}`;
    const response = NextResponse.rewrite(url, pass);
    // The error of a failed attempt is shown once, by the page this request renders.
    if (hasUnlockError && request.method === 'GET') {
      response.cookies.set(UNLOCK_ERROR_COOKIE, '', {
        path,
        maxAge: 0,
        httpOnly: true,
        sameSite: 'lax',
        secure: isHttps,
      });
    }
    return response;
  }
  return NextResponse.next(pass);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Every request: pages, files and route handlers all get the security headers.
  matcher: ['/:path*'],
};
