import { cookies, draftMode } from 'next/headers';

import { getConfig } from '@/lib/config';
import { PREVIEW_COOKIE } from '@/lib/wordpress/preview/preview-cookie';
import { safeReturnPath } from '@/lib/wordpress/preview/preview-secret';

export const dynamic = 'force-dynamic';

/** Ends the preview: draft mode off, the editor's cookie gone, back to the public page. */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  // Deleted with the attributes it was set with: a bare deletion would lack Secure.
  (await cookies()).set(PREVIEW_COOKIE, '', {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: getConfig().isHttps,
    maxAge: 0,
  });
  const to = safeReturnPath(new URL(request.url).searchParams.get('to'));
  return new Response(null, {
    status: 303,
    headers: { 'cache-control': 'private, no-store', location: to },
  });
}
