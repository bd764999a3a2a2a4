'use client';

import Link from 'next/link';

// Shown when a page cannot be rendered, typically because WordPress did not answer and the
// page was not cached yet. It is rendered on the server too, so it shows without JavaScript.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <section aria-labelledby="error-title" className="space-y-4">
        <h1 id="error-title" className="text-3xl font-bold">
          This page is not available right now
        </h1>
        <p>
          The content could not be loaded. It is probably a short interruption; please try again in
          a minute.
        </p>
        <p className="flex gap-4">
          <button type="button" onClick={reset} className="underline">
            Try again
          </button>
          <Link href="/" className="underline">
            Go to the home page
          </Link>
        </p>
      </section>
    </main>
  );
}
