import { Auth } from '@auth/core';

import { buildAuthConfig } from '@/lib/auth/auth-config';
import { getConfig } from '@/lib/config';

const NOT_HERE = { status: 404, headers: { 'cache-control': 'private, no-store' } };

/**
 * Auth.js's answer to `request`, seen on SITE_URL. Auth.js builds its redirects, the error
 * page's address and the OAuth redirect_uri from the request's origin, and Next's own request
 * object renames every loopback host to `localhost`; so the request is rebuilt, as a plain
 * Request, on SITE_URL's origin (see lib/auth/oauth-sign-in.ts for why @auth/core directly).
 */
async function answer(request: Request): Promise<Response> {
  const { pathname, search } = new URL(request.url);
  const url = new URL(`${pathname}${search}`, getConfig().siteUrl);
  const body = request.method === 'POST' ? await request.arrayBuffer() : undefined;
  const onSite = new Request(url, { method: request.method, headers: request.headers, body });
  return Auth(onSite, buildAuthConfig());
}

/**
 * Auth.js's own endpoints, for what it must answer itself: following a sign-in link
 * (callback), Salesforce's return, the session and CSRF reads. Its sign-in POST is refused:
 * sign-in links are asked for only through /account/login, whose action applies the rate
 * limits first. Signing out is our own form's action too, so its POST is not needed here.
 */
export const GET = (request: Request) => answer(request);

export function POST(request: Request) {
  const action = new URL(request.url).pathname.split('/').filter(Boolean)[2];
  if (action !== 'callback') return new Response('Not found\n', NOT_HERE);
  return answer(request);
}
