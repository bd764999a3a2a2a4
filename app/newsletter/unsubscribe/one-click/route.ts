import { getLogger } from '@/lib/log';
import { UNSUBSCRIBE_PATH } from '@/lib/forms/newsletter-links';
import { unsubscribeFromNewsletter } from '@/lib/forms/newsletter-steps';
import { getSecret } from '@/lib/secret';
import { readBodyLimited } from '@/lib/wordpress/webhook/read-body';

// A one-click POST is a short form body; anything longer is not one.
const MAX_BODY_BYTES = 1024;

function text(body: string, status: number): Response {
  return new Response(`${body}\n`, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

/**
 * RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the URL
 * in the mail's List-Unsubscribe header, the token in its query.
 */
export async function POST(request: Request): Promise<Response> {
  let body: string;
  try {
    body = await readBodyLimited(request, MAX_BODY_BYTES);
  } catch {
    return text('Request too large.', 413);
  }
  if (new URLSearchParams(body).get('List-Unsubscribe') !== 'One-Click') {
    return text('Expected the body List-Unsubscribe=One-Click (RFC 8058).', 400);
  }
  const token = new URL(request.url).searchParams.get('token') ?? undefined;
  try {
    const result = await unsubscribeFromNewsletter(token, { secret: getSecret() });
    if (result === 'invalid-token') return text('This unsubscribe link is not valid.', 400);
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'newsletter.unsubscribe_failed');
    return text('Unsubscribing failed just now; please try again later.', 503);
  }
  return text('You are unsubscribed.', 200);
}

/** Opened in a browser: the page with the button, which asks before it changes anything. */
export function GET(request: Request): Response {
  const { search } = new URL(request.url);
  return new Response(null, { status: 303, headers: { location: `${UNSUBSCRIBE_PATH}${search}` } });
}
