/**
 * A POST whose Origin names another site. Browsers send Origin with every POST, so this is a
 * page elsewhere submitting a form to us (cross-site request forgery), or a forged request.
 * Next refuses such a server action itself, but with a bare 500 and a stack trace in the log;
 * the proxy answers 403 first, for every POST (forms, one-click unsubscribe, consent). Requests
 * without Origin (WordPress's webhook, mail clients' one-click POST) are not browsers' and pass.
 * @module
 */
import { NextResponse } from 'next/server';

/**
 * True when `headers` carry an Origin that is neither this request's Host nor its
 * X-Forwarded-Host. Next forwards a server action internally after a rewrite (the password
 * page's /unlocked/) to its own address, with the visitor's host in X-Forwarded-Host; a page
 * on another site cannot set that header on a form post, so accepting it opens nothing.
 */
export function isCrossOriginPost(method: string, headers: Headers): boolean {
  if (method !== 'POST') return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (!URL.canParse(origin)) return true; // includes the opaque origin "null"
  const { host } = new URL(origin);
  return host !== headers.get('host') && host !== headers.get('x-forwarded-host');
}

/** The answer to a cross-origin POST: plain, explaining, never a stack trace. */
export function crossOriginPostResponse(): NextResponse {
  return new NextResponse(
    'This form was sent from another website, so nothing was saved. ' +
      'Please fill it in on our own pages.\n',
    { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
}
