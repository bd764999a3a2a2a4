import Link from 'next/link';

export const metadata = { title: 'Page not found', robots: { index: false } };

// Next renders this boundary into every page's payload, so it must not ask WordPress for
// anything: a page costs at most one GraphQL round trip, and a 404 must render when
// WordPress is down.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <section aria-labelledby="not-found-title" className="space-y-4">
        <p className="text-sm uppercase tracking-wide text-muted">Error 404</p>
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
    </main>
  );
}
