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

import { OVERSIZED_MESSAGE, SERVER_ACTION_BODY_LIMIT } from './body-limit';

export { SERVER_ACTION_BODY_LIMIT } from './body-limit';

/**
 * True for a POST to a page (a server action: JavaScript's carries a Next-Action header, a
 * plain form post is multipart) whose body is over the limit: by its declared length, or,
 * for a body sent without one (chunked), by reading at most one byte past the limit of the
 * copy Next hands the proxy (it keeps the original for the page).
 */
export async function isOversizedFormPost(request: Request, pathname: string): Promise<boolean> {
  const { headers } = request;
  if (request.method !== 'POST' || pathname.startsWith('/api/')) return false;
  const isAction =
    headers.has('next-action') ||
    (headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data');
  if (!isAction) return false;
  const declared = headers.get('content-length');
  if (declared !== null) return Number(declared) > SERVER_ACTION_BODY_LIMIT;
  return request.body !== null && (await exceedsLimit(request.body));
}

async function exceedsLimit(body: ReadableStream<Uint8Array>): Promise<boolean> {
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      size += value.byteLength;
      if (size > SERVER_ACTION_BODY_LIMIT) return true;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** The answer to an oversized form post: a small page in the site's words, status 413. */
export function oversizedFormResponse(): NextResponse {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Form too large</title></head>
<body>
<main>
<h1>Your form was too large to send</h1>
<p>${OVERSIZED_MESSAGE}</p>
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
