import Link from 'next/link';
import type { ReactNode } from 'react';

import { getRegister } from '@/lib/privacy/register';
import type { EntryView as Entry } from '@/lib/wordpress';

import { ContentWithForms } from './forms/content-with-forms';
import { MediaImage } from './media-image';
import { PostMeta } from './post-meta';
import { PrivacyStatementSections } from './privacy/privacy-statement-sections';

interface EntryViewProps {
  entry: Entry;
  /** Shown in place of the content while a password protects it. */
  locked?: ReactNode;
}

/** A post or page: title, meta, featured image and content. */
export function EntryView({ entry, locked }: EntryViewProps) {
  return (
    <article>
      {entry.breadcrumbs.length > 0 ? (
        <nav aria-label="Breadcrumb" className="mb-4 text-sm text-muted">
          <ol className="flex flex-wrap gap-2">
            {entry.breadcrumbs.map((crumb) => (
              <li key={crumb.href} className="after:ml-2 after:content-['/']">
                <Link href={crumb.href} prefetch={false} className="underline">
                  {crumb.name}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <header className="mb-8">
        <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
          {entry.title}
        </h1>
        {entry.kind === 'post' ? (
          <div className="mt-3">
            <PostMeta
              date={entry.date}
              authorName={entry.authorName}
              authorHref={entry.authorHref}
              categories={entry.categories}
            />
          </div>
        ) : null}
      </header>
      {entry.image && !entry.isProtected ? (
        <MediaImage image={entry.image} className="mb-8 w-full rounded-lg" />
      ) : null}
      {entry.contentHtml !== null ? <ContentWithForms html={entry.contentHtml} /> : locked}
      {entry.isPrivacyPage && !entry.isProtected ? (
        <PrivacyStatementSections register={getRegister()} />
      ) : null}
      {entry.tags.length > 0 ? (
        <footer className="mt-10 text-sm">
          <h2 className="sr-only">Tags</h2>
          <ul className="flex flex-wrap gap-2">
            {entry.tags.map((tag) => (
              <li key={tag.href}>
                <Link
                  href={tag.href}
                  prefetch={false}
                  className="rounded bg-slate-100 px-2 py-1 underline-offset-2 hover:underline"
                >
                  #{tag.name}
                </Link>
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
      {entry.childPages.length > 0 ? (
        <nav aria-label="Subpages" className="mt-10">
          <h2 className="mb-2 text-lg font-semibold">In this section</h2>
          <ul className="list-disc pl-6">
            {entry.childPages.map((child) => (
              <li key={child.href}>
                <Link href={child.href} prefetch={false} className="underline">
                  {child.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </article>
  );
}
