import { NextResponse, type NextRequest } from 'next/server';

import { UNLOCK_COOKIE, UNLOCK_ERROR_COOKIE } from '@/lib/wordpress/protected/cookie-name';

const PLAIN_LINK_KEYS = ['p', 'page_id'] as const;
const PREVIEW_PREFIX = '/preview/';

/**
 * Editors' previews carry noindex in their headers too, for crawlers that skip the HTML.
 * Then two rewrites, each only for the requests that need it (see the matcher):
 * - WordPress's plain links (/?p=123) go to the route that redirects to the permalink;
 * - a page whose password the visitor gave (or just got wrong) goes to /unlocked, rendered
 *   per request. Those cookies are scoped to the page's own path, so every other page stays
 *   on the shared cache.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith(PREVIEW_PREFIX)) {
    const response = NextResponse.next();
    response.headers.set('x-robots-tag', 'noindex');
    return response;
  }
  const url = request.nextUrl.clone();
  if (url.pathname === '/') {
    for (const key of PLAIN_LINK_KEYS) {
      const id = url.searchParams.get(key);
      if (id !== null) {
        url.pathname = `/wp-id/${key}/${encodeURIComponent(id)}/`;
        url.search = '';
        return NextResponse.rewrite(url);
      }
    }
  }
  const hasUnlockError = request.cookies.has(UNLOCK_ERROR_COOKIE);
  if (request.cookies.has(UNLOCK_COOKIE) || hasUnlockError) {
    const path = url.pathname;
    url.pathname = `/unlocked${path}`;
    const response = NextResponse.rewrite(url);
    // The error of a failed attempt is shown once, by the page this request renders.
    if (hasUnlockError && request.method === 'GET') {
      response.cookies.set(UNLOCK_ERROR_COOKIE, '', { path, maxAge: 0 });
    }
    return response;
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    '/preview/:path*',
    { source: '/', has: [{ type: 'query', key: 'p' }] },
    { source: '/', has: [{ type: 'query', key: 'page_id' }] },
    {
      source:
        '/((?!_next/|wp-media/|wp-content/|unlocked/|wp-id/|api/|preview/|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)',
      has: [{ type: 'cookie', key: 'portico-postpass' }],
    },
    {
      source:
        '/((?!_next/|wp-media/|wp-content/|unlocked/|wp-id/|api/|preview/|favicon\\.ico|robots\\.txt|sitemap\\.xml).*)',
      has: [{ type: 'cookie', key: 'portico-postpass-error' }],
    },
  ],
};
