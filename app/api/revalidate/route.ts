import { getLogger } from '@/lib/log';
import {
  affectedTags,
  BodyTooLargeError,
  createReplayGuard,
  getRevalidateSecret,
  MAX_WEBHOOK_BYTES,
  readBodyLimited,
  REFUSAL_STATUS,
  verifyWebhookRequest,
} from '@/lib/wordpress/webhook';
import { revalidateContentTags } from '@/lib/wordpress/webhook/revalidate-tags';

export const dynamic = 'force-dynamic';

const replayGuard = createReplayGuard();
const NO_STORE = { 'cache-control': 'no-store' };

/** WordPress's signed webhook: verifies it, then expires exactly the tags the event touched. */
export async function POST(request: Request): Promise<Response> {
  const secret = getRevalidateSecret();
  if (!secret) return Response.json({ error: 'webhook not configured' }, { status: 404 });

  let rawBody: string;
  try {
    rawBody = await readBodyLimited(request, MAX_WEBHOOK_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return refuse('too-large');
  }

  const verdict = verifyWebhookRequest(
    { headers: request.headers, rawBody },
    { secret, replayGuard },
  );
  if (!verdict.ok) return refuse(verdict.reason);

  const tags = affectedTags(verdict.payload);
  revalidateContentTags(tags);
  getLogger().info(
    { eventId: verdict.payload.id, kind: verdict.payload.event, tags },
    'webhook.revalidated',
  );
  return Response.json({ revalidated: true, tags }, { headers: NO_STORE });
}

function refuse(reason: keyof typeof REFUSAL_STATUS): Response {
  getLogger().warn({ reason }, 'webhook.refused');
  return Response.json({ error: reason }, { status: REFUSAL_STATUS[reason], headers: NO_STORE });
}
