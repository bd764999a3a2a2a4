/**
 * The webhook WordPress calls on publish, update, trash, menu and settings changes: its wire
 * format, its verifier and the tags each event makes stale.
 * @module
 */
export { affectedTags } from './affected-tags';
export { POST_EVENTS, SITE_EVENTS, type WebhookPayload } from './payload';
export { BodyTooLargeError, readBodyLimited } from '@/lib/http/read-body';
export { createReplayGuard, type ReplayGuard } from './replay-guard';
export { getRevalidateSecret } from './secret';
export { buildSignedRequest, newEventId, sendWebhook } from './send-webhook';
export { SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './signature';
export {
  MAX_WEBHOOK_BYTES,
  REFUSAL_STATUS,
  verifyWebhookRequest,
  WEBHOOK_WINDOW_SECONDS,
  type WebhookRefusal,
} from './verify-request';
