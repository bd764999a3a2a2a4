import { createHash, timingSafeEqual } from 'node:crypto';

import { getConfig } from '@/lib/config';
import { readOrCreateSecret } from '@/lib/secret';

const SECRET_FILE = 'preview-secret';

/**
 * The secret WordPress's preview links carry: PREVIEW_SECRET, or with the embedded WordPress
 * one generated into the data directory. Undefined: preview is switched off.
 */
export function getPreviewSecret(): string | undefined {
  const { editorial, content, dataDir } = getConfig();
  if (editorial.previewSecret) return editorial.previewSecret;
  return content.kind === 'export' ? readOrCreateSecret(dataDir, SECRET_FILE) : undefined;
}

/** Whether `given` is the secret; digests first, so neither content nor length leaks by timing. */
export function isPreviewSecretValid(given: string | null, secret: string): boolean {
  if (!given) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(secret));
}

/** The post id in a preview link: `id`, or WordPress's own `preview_id`, `p` or `page_id`. */
export function readPreviewId(params: URLSearchParams): number | null {
  const raw = ['id', 'preview_id', 'p', 'page_id']
    .map((key) => params.get(key))
    .find((value) => value !== null);
  if (!raw || !/^\d{1,12}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

/** A same-site path to return to after a preview, never another origin. */
export function safeReturnPath(to: string | null): string {
  if (!to || !to.startsWith('/') || to.startsWith('//') || to.includes('\\')) return '/';
  return to;
}
