import { cookies, draftMode } from 'next/headers';

import { getConfig } from '@/lib/config';
import { getSecret } from '@/lib/secret';
import { getPreviewPage } from '@/lib/wordpress';
import {
  PREVIEW_COOKIE,
  PREVIEW_TTL_SECONDS,
  sealPreview,
} from '@/lib/wordpress/preview/preview-cookie';
import {
  getPreviewSecret,
  isPreviewSecretValid,
  readPreviewId,
} from '@/lib/wordpress/preview/preview-secret';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'cache-control': 'private, no-store', 'x-robots-tag': 'noindex' };

/**
 * WordPress's preview link lands here: `?secret=…&id=<post id>`. A valid link turns on draft
 * mode, seals the editor's access to that one post into a short-lived cookie and sends the
 * editor to the preview.
 */
export async function GET(request: Request): Promise<Response> {
  const secret = getPreviewSecret();
  if (!secret) return answer(404, 'Preview is not configured.');

  const params = new URL(request.url).searchParams;
  if (!isPreviewSecretValid(params.get('secret'), secret)) {
    return answer(401, 'This preview link is not valid.');
  }
  const id = readPreviewId(params);
  if (id === null) return answer(400, 'The preview link names no post.');
  if (!(await getPreviewPage(id))) return answer(404, 'There is no post or page with this id.');

  (await draftMode()).enable();
  (await cookies()).set(PREVIEW_COOKIE, await sealPreview({ databaseId: id }, getSecret()), {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().isHttps,
    maxAge: PREVIEW_TTL_SECONDS,
  });
  return new Response(null, {
    status: 307,
    headers: { ...PRIVATE, location: `/preview/${id}/` },
  });
}

function answer(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...PRIVATE, 'content-type': 'text/plain; charset=utf-8' },
  });
}
