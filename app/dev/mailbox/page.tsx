import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { mayShowDevPage } from '@/lib/http/dev-pages';
import { getMailboxDir, isLocalMailbox } from '@/lib/mail';
import { listMailbox } from '@/lib/mail/mailbox-reader';

// The mailbox changes with every form sent: read it on each request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Local mailbox',
  robots: { index: false, follow: false },
};

const LIMIT = 200;

/** The embedded mail server's inbox: every mail the site sent, newest first. */
export default async function MailboxPage() {
  if (!(await mayShowDevPage(isLocalMailbox()))) notFound();
  const entries = await listMailbox(getMailboxDir(), LIMIT);

  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10">
      <h1 className="text-3xl font-bold">Local mailbox</h1>
      <p className="mt-2 text-muted">
        Mail the site sent while no SMTP server is configured, newest first
        {entries.length === LIMIT ? ` (the latest ${LIMIT})` : ''}. Development only.
      </p>
      {entries.length === 0 ? (
        <p className="mt-8">No mail yet.</p>
      ) : (
        <table className="mt-8 w-full text-left text-sm">
          <caption className="sr-only">Mails, newest first</caption>
          <thead>
            <tr>
              <th scope="col" className="py-2 pr-4">
                Received
              </th>
              <th scope="col" className="py-2 pr-4">
                To
              </th>
              <th scope="col" className="py-2 pr-4">
                Subject
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-t border-current/20 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">
                  <time dateTime={new Date(entry.storedAt).toISOString()}>
                    {new Date(entry.storedAt).toISOString().replace('T', ' ').slice(0, 19)}
                  </time>
                </td>
                <td className="py-2 pr-4">{entry.to}</td>
                <td className="py-2 pr-4">
                  <Link href={`/dev/mailbox/${entry.id}/`} className="underline">
                    {entry.subject || '(no subject)'}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
