/**
 * Form posts over the size Next accepts for a server action. Next's own answer to one (Next
 * 16.5, measured) is a bare "500 Internal Server Error" in plain text: its action handler
 * throws a 413 that no page catches. A browser without JavaScript shows just that; with
 * JavaScript, React meets an answer it cannot read and app/error.tsx replaces the page. So
 * proxy.ts turns such posts away first, with a page that says what happened, and the forms
 * check their size before sending (components/forms/use-body-size-guard.ts). The forms' own
 * limits are far below: their longest field takes 5,000 characters, so only a tampered form
 * or a script gets here.
 * @module
 */
import { NextResponse } from 'next/server';

import { APPLY_BODY_LIMIT, APPLY_TOO_LARGE_MESSAGE } from '@/lib/jobs/apply-limits';

import { OVERSIZED_MESSAGE, SERVER_ACTION_BODY_LIMIT } from './body-limit';

export { SERVER_ACTION_BODY_LIMIT } from './body-limit';

// The job pages carry the apply form, whose post holds a resume of up to 5 MB.
const isApplyPath = (pathname: string) => pathname.startsWith('/jobs/');

/** The largest form post a page at `pathname` takes. */
export function formPostLimit(pathname: string): number {
  return isApplyPath(pathname) ? APPLY_BODY_LIMIT : SERVER_ACTION_BODY_LIMIT;
}

/**
 * True for a POST to a page (a server action: JavaScript's carries a Next-Action header, a
 * plain form post is multipart) whose body is over its limit (formPostLimit): by its declared
 * length, or, for a body sent without one (chunked), by reading at most one byte past the
 * limit of the copy Next hands the proxy (it keeps the original for the page).
 */
export async function isOversizedFormPost(request: Request, pathname: string): Promise<boolean> {
  const { headers } = request;
  if (request.method !== 'POST' || pathname.startsWith('/api/')) return false;
  const isAction =
    headers.has('next-action') ||
    (headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
  if (!isAction) return false;
  const limit = formPostLimit(pathname);
  const declared = headers.get('content-length');
  if (declared !== null) return Number(declared) > limit;
  return request.body !== null && (await exceedsLimit(request.body, limit));
}

async function exceedsLimit(body: ReadableStream<Uint8Array>, limit: number): Promise<boolean> {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      size += value.byteLength;
      if (size > limit) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** The answer to an oversized form post: a small page in the site's words, status 413. */
export function oversizedFormResponse(pathname = '/'): NextResponse {
  const message = isApplyPath(pathname) ? APPLY_TOO_LARGE_MESSAGE : OVERSIZED_MESSAGE;
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Form too large</title></head>
<body>
<main>
<h1>Your form was too large to send</h1>
<p>${message}</p>
<p>Go back with your browser's Back button: what you typed is usually still there.</p>
<p><a href="/">Go to the home page</a></p>
</main>
</body>
</html>
`;
  return new NextResponse(html, {
    status: 413,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
