import { getLocalResume } from '@/lib/ats/local/records';
import { getConfig } from '@/lib/config';
import { mayShowDevPage } from '@/lib/http/dev-pages';

export const dynamic = 'force-dynamic';

/** `filename` in plain ASCII for old clients, `filename*` in UTF-8 (RFC 6266). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * An application's resume, byte for byte, always as a download: the file is the applicant's
 * and is never rendered on the site's origin.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const resume =
    /^[1-9]\d{0,15}$/.test(id) && (await mayShowDevPage(getConfig().ats.kind === 'local'))
      ? getLocalResume(Number(id))
      : null;
  if (!resume) return new Response('Not found\n', { status: 404 });
  return new Response(new Uint8Array(resume.bytes), {
    headers: {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': contentDisposition(resume.fileName),
      'Content-Length': String(resume.bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
      'Cache-Control': 'no-store',
    },
  });
}
