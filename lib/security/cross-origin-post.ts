/**
 * A POST whose Origin names another site. Browsers send Origin with every POST, so this is a
 * page elsewhere submitting a form to us (cross-site request forgery), or a forged request.
 * Next refuses such a server action itself, but with a bare 500 and a stack trace in the log;
 * the proxy answers 403 first, for every POST (forms, one-click unsubscribe, consent). Requests
 * without Origin (WordPress's webhook, mail clients' one-click POST) are not browsers' and pass.
 * @module
 */
import { NextResponse } from 'next/server';

/** True when `headers` carry an Origin that is not this site's host. */
export function isCrossOriginPost(method: string, headers: Headers, trustProxy: boolean): boolean {
  if (method !== 'POST') return false;
  const origin = headers.get('origin');
  if (origin === null) return false;
  if (!URL.canParse(origin)) return true; // includes the opaque origin "null"
  const host = (trustProxy && headers.get('x-forwarded-host')) || headers.get('host');
  return new URL(origin).host !== host;
}

/** The answer to a cross-origin POST: plain, explaining, never a stack trace. */
export function crossOriginPostResponse(): NextResponse {
  return new NextResponse(
    'This form was sent from another website, so nothing was saved. ' +
      'Please fill it in on our own pages.\n',
    { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } },
  );
}
