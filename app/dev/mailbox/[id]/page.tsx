import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';

import { mayShowDevPage } from '@/lib/http/dev-pages';
import { getMailboxDir, isLocalMailbox } from '@/lib/mail';
import { splitLinks } from '@/lib/mail/linkify';
import { readMailboxMessage } from '@/lib/mail/mailbox-reader';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Mail',
  robots: { index: false, follow: false },
};

interface MailPageProps {
  params: Promise<{ id: string }>;
}

/**
 * One mail: its envelope, the headers that matter (List-Unsubscribe …) and its text body
 * with real links. The HTML part is never rendered: it is shown in the raw message only.
 */
export default async function MailPage({ params }: MailPageProps) {
  if (!(await mayShowDevPage(isLocalMailbox()))) notFound();
  const { id } = await params;
  const message = await readMailboxMessage(getMailboxDir(), id);
  if (!message) notFound();

  const fields: Array<[string, string]> = [
    ['From', message.from],
    ['To', message.to],
    ['Date', message.date ?? '(none)'],
    ...message.headers.map((header): [string, string] => [header.name, header.value]),
  ];

  return (
    <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-10">
      <p>
        <Link href="/dev/mailbox/" className="underline">
          All mail
        </Link>
      </p>
      <h1 className="mt-4 text-2xl font-bold">{message.subject || '(no subject)'}</h1>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {fields.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="font-semibold">{name}</dt>
            <dd className="break-all" data-header={name.toLowerCase()}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-8 text-lg font-semibold">Text</h2>
      <pre
        className="mt-2 whitespace-pre-wrap break-words border border-current/20 p-4 font-sans"
        data-mail-body=""
      >
        {splitLinks(message.text).map((part, index) =>
          part.kind === 'link' ? (
            <a key={index} href={part.href} className="underline">
              {part.href}
            </a>
          ) : (
            part.text
          ),
        )}
      </pre>
      <p className="mt-6">
        <a href={`/dev/mailbox/${message.id}/raw/`} className="underline">
          Raw message (RFC 5322)
        </a>
      </p>
    </main>
  );
}
