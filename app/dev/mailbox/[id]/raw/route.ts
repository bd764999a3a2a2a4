import { mayShowDevPage } from '@/lib/http/dev-pages';
import { getMailboxDir, isLocalMailbox } from '@/lib/mail';
import { readMailboxMessage } from '@/lib/mail/mailbox-reader';

export const dynamic = 'force-dynamic';

/** The stored message as it would travel by SMTP, as plain text (never rendered as HTML). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const message = (await mayShowDevPage(isLocalMailbox()))
    ? await readMailboxMessage(getMailboxDir(), (await params).id)
    : undefined;
  if (!message) return new Response('Not found\n', { status: 404 });
  return new Response(message.raw, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
      'Cache-Control': 'no-store',
    },
  });
}
