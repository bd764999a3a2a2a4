import { getConfig } from '@/lib/config';
import { fetchMedia } from '@/lib/wordpress/media/proxy';

/** WordPress media relayed from the allowed media origins; see lib/wordpress/media/proxy. */
export async function GET(
  request: Request,
  context: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const { path } = await context.params;
  const { content } = getConfig();
  // The embedded WordPress serves its uploads from public/, so it has nothing to proxy.
  const allowedOrigins = content.kind === 'wordpress' ? content.mediaOrigins : [];
  return fetchMedia(path, new URL(request.url).search, {
    allowedOrigins,
    requestHeaders: request.headers,
  });
}
