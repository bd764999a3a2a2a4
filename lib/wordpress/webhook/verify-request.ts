import { webhookPayloadSchema, type WebhookPayload } from './payload';
import type { ReplayGuard } from './replay-guard';
import { isSignatureValid, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature';

/** Requests signed further than this from the site's clock, either way, are refused. */
export const WEBHOOK_WINDOW_SECONDS = 5 * 60;
/** The largest body accepted; a post's URIs fit many times over. */
export const MAX_WEBHOOK_BYTES = 64 * 1024;

/** Why a webhook request was refused; each maps to one HTTP status. */
export type WebhookRefusal =
  'content-type' | 'too-large' | 'unsigned' | 'stale' | 'bad-signature' | 'malformed' | 'replayed';

export const REFUSAL_STATUS: Record<WebhookRefusal, number> = {
  'content-type': 400,
  'too-large': 413,
  unsigned: 401,
  stale: 401,
  'bad-signature': 401,
  malformed: 400,
  replayed: 401,
};

export type WebhookVerdict =
  { ok: true; payload: WebhookPayload } | { ok: false; reason: WebhookRefusal };

export interface WebhookRequest {
  headers: Headers;
  rawBody: string;
}

export interface VerifyOptions {
  secret: string;
  replayGuard: ReplayGuard;
  nowMs?: number;
}

/**
 * Checks a webhook request in the order that spends the least on a forgery: content type,
 * size, timestamp window, signature, then the body's shape and replay. Only a request that
 * passes all of them is remembered as seen, so unsigned requests cannot fill the memory.
 */
export function verifyWebhookRequest(
  { headers, rawBody }: WebhookRequest,
  { secret, replayGuard, nowMs = Date.now() }: VerifyOptions,
): WebhookVerdict {
  const mediaType = headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return { ok: false, reason: 'content-type' };
  if (Buffer.byteLength(rawBody, 'utf8') > MAX_WEBHOOK_BYTES) {
    return { ok: false, reason: 'too-large' };
  }

  const timestampText = headers.get(TIMESTAMP_HEADER)?.trim() ?? '';
  const signature = headers.get(SIGNATURE_HEADER);
  if (!/^\d{1,12}$/.test(timestampText) || !signature) return { ok: false, reason: 'unsigned' };
  const timestamp = Number(timestampText);
  if (Math.abs(nowMs / 1000 - timestamp) > WEBHOOK_WINDOW_SECONDS) {
    return { ok: false, reason: 'stale' };
  }
  if (!isSignatureValid(secret, timestamp, rawBody, signature)) {
    return { ok: false, reason: 'bad-signature' };
  }

  const payload = parsePayload(rawBody);
  if (!payload) return { ok: false, reason: 'malformed' };
  const expiresAtMs = (timestamp + WEBHOOK_WINDOW_SECONDS) * 1000;
  if (!replayGuard.accept(payload.id, expiresAtMs, nowMs)) return { ok: false, reason: 'replayed' };
  return { ok: true, payload };
}

function parsePayload(rawBody: string): WebhookPayload | null {
  try {
    const parsed = webhookPayloadSchema.safeParse(JSON.parse(rawBody));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
