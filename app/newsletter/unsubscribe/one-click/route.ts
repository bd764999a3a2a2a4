import { getLogger } from '@/lib/log';
import { UNSUBSCRIBE_PATH } from '@/lib/forms/newsletter-links';
import { unsubscribeFromNewsletter } from '@/lib/forms/newsletter-steps';
import { getReceipts } from '@/lib/forms/receipts';
import { getClientAddress } from '@/lib/http/client-address';
import { getSecret } from '@/lib/secret';
import { readBodyLimited } from '@/lib/http/read-body';

// A one-click POST is a short form body (multipart adds a boundary); anything longer is not.
const MAX_BODY_BYTES = 4096;

function text(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(`${body}\n`, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      ...headers,
    },
  });
}

/**
 * The one-click field of a body read within the limit. RFC 8058 says the body SHOULD be
 * multipart/form-data and MAY be urlencoded; a body of another or no type is read as
 * urlencoded, as mail clients that omit the header mean it.
 */
async function readOneClickField(request: Request, body: string): Promise<string | null> {
  const type = request.headers.get('content-type') ?? '';
  const isMultipart = /^multipart\/form-data\s*;/i.test(type);
  const form = await new Response(body, {
    headers: { 'content-type': isMultipart ? type : 'application/x-www-form-urlencoded' },
  })
    .formData()
    .catch(() => null);
  const values = form?.getAll('List-Unsubscribe') ?? [];
  return values.length === 1 && typeof values[0] === 'string' ? values[0] : null;
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
  if ((await readOneClickField(request, body)) !== 'One-Click') {
    return text('Expected the body List-Unsubscribe=One-Click (RFC 8058).', 400);
  }
  const token = new URL(request.url).searchParams.get('token') ?? undefined;
  try {
    const result = await unsubscribeFromNewsletter(token, {
      secret: getSecret(),
      clientAddress: getClientAddress(request.headers),
      receipts: getReceipts(),
    });
    if (result === 'invalid-token') return text('This unsubscribe link is not valid.', 400);
    if (result === 'limited') {
      return text('Too many requests; please try again in a few minutes.', 429, {
        'retry-after': '600',
      });
    }
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
