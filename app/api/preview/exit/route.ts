import { cookies, draftMode } from 'next/headers';

import { PREVIEW_COOKIE } from '@/lib/wordpress/preview/preview-cookie';
import { safeReturnPath } from '@/lib/wordpress/preview/preview-secret';

export const dynamic = 'force-dynamic';

/** Ends the preview: draft mode off, the editor's cookie gone, back to the public page. */
export async function GET(request: Request): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete(PREVIEW_COOKIE);
  const to = safeReturnPath(new URL(request.url).searchParams.get('to'));
  return new Response(null, {
    status: 303,
    headers: { 'cache-control': 'private, no-store', location: to },
  });
}
