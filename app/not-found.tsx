import Link from 'next/link';

import { SiteFrame } from '@/components/site-frame';
import { getNodePage, type SiteChrome } from '@/lib/wordpress';

export const metadata = { title: 'Page not found', robots: { index: false } };

export default async function NotFound() {
  const chrome = await getChromeOrNull();
  const body = (
    <section aria-labelledby="not-found-title" className="space-y-4">
      <h1 id="not-found-title" className="text-3xl font-bold">
        Page not found
      </h1>
      <p>There is nothing at this address. It may have moved, or it was never published.</p>
      <p>
        <Link href="/" className="underline">
          Go to the home page
        </Link>
      </p>
    </section>
  );
  if (!chrome)
    return (
      <main id="main" className="mx-auto max-w-3xl px-4 py-10">
        {body}
      </main>
    );
  return <SiteFrame chrome={chrome}>{body}</SiteFrame>;
}

/** The header and footer, when WordPress answers; a 404 must render even when it does not. */
async function getChromeOrNull(): Promise<SiteChrome | null> {
  try {
    return (await getNodePage('/')).chrome;
  } catch {
    return null;
  }
}
