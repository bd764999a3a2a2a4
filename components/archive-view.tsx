import Link from 'next/link';

import type { ArchiveView as Archive } from '@/lib/wordpress';

import { ContentHtml } from './content-html';
import { PostSummaryCard } from './post-summary-card';

const HEADINGS: Record<Archive['archiveType'], string> = {
  category: 'Category',
  tag: 'Tag',
  author: 'Author',
  posts: '',
};

/** A list of posts: the posts index, a category, a tag or an author, with cursor paging. */
export function ArchiveView({ archive, basePath }: { archive: Archive; basePath: string }) {
  const label = HEADINGS[archive.archiveType];
  return (
    <section aria-labelledby="archive-title">
      <header className="mb-8">
        {label ? <p className="text-sm uppercase tracking-wide text-muted">{label}</p> : null}
        <h1 id="archive-title" className="text-3xl font-bold tracking-tight">
          {archive.title}
        </h1>
        {archive.descriptionHtml ? (
          <ContentHtml html={archive.descriptionHtml} className="mt-3 text-muted" />
        ) : null}
        {archive.subcategories.length > 0 ? (
          <nav aria-label="Subcategories" className="mt-4 text-sm">
            <ul className="flex flex-wrap gap-3">
              {archive.subcategories.map((sub) => (
                <li key={sub.href}>
                  <Link href={sub.href} prefetch={false} className="underline">
                    {sub.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      {archive.posts.length === 0 ? (
        <p>Nothing has been published here yet.</p>
      ) : (
        <ol className="space-y-12">
          {archive.posts.map((post) => (
            <li key={post.id}>
              <PostSummaryCard post={post} />
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Pagination" className="mt-12 flex justify-between text-sm">
        {archive.paging.hasPrevious ? (
          <Link href={basePath} prefetch={false} className="underline">
            ← Newest posts
          </Link>
        ) : (
          <span />
        )}
        {archive.paging.nextCursor ? (
          <Link
            href={`${basePath}after/${encodeURIComponent(archive.paging.nextCursor)}/`}
            prefetch={false}
            className="underline"
          >
            Older posts →
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
