import { describe, expect, it } from 'vitest';

import { createReplayGuard } from './replay-guard';
import { buildSignedRequest } from './send-webhook';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from './signature';
import { MAX_WEBHOOK_BYTES, verifyWebhookRequest } from './verify-request';
import type { WebhookPayload } from './payload';

const secret = 'a-webhook-secret-of-at-least-32-characters';
const now = Date.UTC(2026, 0, 1);
const payload: WebhookPayload = {
  id: 'evt-00000001',
  event: 'post.updated',
  post: { databaseId: 42, type: 'post', uri: '/hello/', previousUri: null, archiveUris: [] },
};

function verify(
  request: { headers: Record<string, string>; body: string },
  options: { nowMs?: number; guard?: ReturnType<typeof createReplayGuard> } = {},
) {
  return verifyWebhookRequest(
    { headers: new Headers(request.headers), rawBody: request.body },
    { secret, replayGuard: options.guard ?? createReplayGuard(), nowMs: options.nowMs ?? now },
  );
}

describe('verifyWebhookRequest', () => {
  it('accepts a signed request and returns its payload', () => {
    expect(verify(buildSignedRequest(payload, secret, now))).toEqual({ ok: true, payload });
  });

  it('accepts a JSON content type with a charset', () => {
    const request = buildSignedRequest(payload, secret, now);
    request.headers['content-type'] = 'application/json; charset=utf-8';
    expect(verify(request).ok).toBe(true);
  });

  it('refuses another content type', () => {
    const request = buildSignedRequest(payload, secret, now);
    request.headers['content-type'] = 'application/x-www-form-urlencoded';
    expect(verify(request)).toEqual({ ok: false, reason: 'content-type' });
  });

  it('refuses a request without timestamp or signature', () => {
    const request = buildSignedRequest(payload, secret, now);
    const withoutTimestamp = { ...request, headers: { ...request.headers } };
    delete withoutTimestamp.headers[TIMESTAMP_HEADER];
    const withoutSignature = { ...request, headers: { ...request.headers } };
    delete withoutSignature.headers[SIGNATURE_HEADER];
    expect(verify(withoutTimestamp)).toEqual({ ok: false, reason: 'unsigned' });
    expect(verify(withoutSignature)).toEqual({ ok: false, reason: 'unsigned' });
  });

  it('refuses a body changed after signing', () => {
    const request = buildSignedRequest(payload, secret, now);
    request.body = request.body.replace('/hello/', '/elsewhere/');
    expect(verify(request)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a request signed with another secret', () => {
    const request = buildSignedRequest(payload, `${secret}-other`, now);
    expect(verify(request)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it('refuses a timestamp more than five minutes old or ahead', () => {
    const signedAt = now - 301_000;
    expect(verify(buildSignedRequest(payload, secret, signedAt))).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(verify(buildSignedRequest(payload, secret, now + 301_000))).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(verify(buildSignedRequest(payload, secret, now - 299_000)).ok).toBe(true);
  });

  it('refuses the same event a second time within the window', () => {
    const guard = createReplayGuard();
    const request = buildSignedRequest(payload, secret, now);
    expect(verify(request, { guard }).ok).toBe(true);
    expect(verify(request, { guard, nowMs: now + 1000 })).toEqual({
      ok: false,
      reason: 'replayed',
    });
    const resigned = buildSignedRequest(payload, secret, now + 2000);
    expect(verify(resigned, { guard, nowMs: now + 2000 })).toEqual({
      ok: false,
      reason: 'replayed',
    });
  });

  it('does not remember events whose signature failed', () => {
    const guard = createReplayGuard();
    const forged = buildSignedRequest(payload, 'x'.repeat(40), now);
    expect(verify(forged, { guard }).ok).toBe(false);
    expect(verify(buildSignedRequest(payload, secret, now), { guard }).ok).toBe(true);
  });

  it('refuses a body over the size limit', () => {
    const big = { ...payload, id: 'evt-big-0001', padding: 'x'.repeat(MAX_WEBHOOK_BYTES) };
    const request = buildSignedRequest(big as WebhookPayload, secret, now);
    expect(verify(request)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('refuses a signed body that is not a webhook payload', () => {
    const bad = { id: 'evt-00000002', event: 'post.updated' } as unknown as WebhookPayload;
    expect(verify(buildSignedRequest(bad, secret, now))).toEqual({
      ok: false,
      reason: 'malformed',
    });
    const offSite = {
      ...payload,
      id: 'evt-00000003',
      post: { ...payload.post, uri: 'https://evil.example/' },
    } as WebhookPayload;
    expect(verify(buildSignedRequest(offSite, secret, now))).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
