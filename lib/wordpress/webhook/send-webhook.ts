import { randomUUID } from 'node:crypto';

import type { WebhookPayload } from './payload';
import { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './signature';

/** A fresh event id, unique enough for replay protection. */
export function newEventId(): string {
  return `evt-${randomUUID()}`;
}

/** The headers and body of a signed webhook request, as the WordPress plugin sends it. */
export function buildSignedRequest(
  payload: WebhookPayload,
  secret: string,
  nowMs = Date.now(),
): { headers: Record<string, string>; body: string } {
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(nowMs / 1000);
  return {
    headers: {
      'content-type': 'application/json',
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
    },
    body,
  };
}

/** Sends a signed webhook to `endpoint` (the site's /api/revalidate) and returns the answer. */
export async function sendWebhook(
  endpoint: string,
  payload: WebhookPayload,
  secret: string,
): Promise<Response> {
  const { headers, body } = buildSignedRequest(payload, secret);
  return fetch(endpoint, {
    method: 'POST',
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
  });
}
