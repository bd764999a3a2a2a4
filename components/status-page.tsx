import Link from 'next/link';
import type { ReactNode } from 'react';

interface StatusPageProps {
  /** A small line above the heading, e.g. "Error 404". */
  eyebrow?: string;
  title: string;
  children: ReactNode;
  /** More actions beside the link home. */
  actions?: ReactNode;
}

/** The body of the site's own error pages: what happened and the way home. */
export function StatusPage({ eyebrow, title, children, actions }: StatusPageProps) {
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-16">
      <section aria-labelledby="status-title" className="space-y-4">
        {eyebrow ? <p className="text-sm uppercase tracking-wide text-muted">{eyebrow}</p> : null}
        <h1 id="status-title" className="text-3xl font-bold">
          {title}
        </h1>
        {children}
        <p className="flex gap-4">
          {actions}
          <Link href="/" className="underline">
            Go to the home page
          </Link>
        </p>
      </section>
    </main>
  );
}
