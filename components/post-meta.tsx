import Link from 'next/link';
import type { ReactNode } from 'react';

import type { TermLink } from '@/lib/wordpress';

interface PostMetaProps {
  date: string | null;
  authorName: string | null;
  authorHref: string | null;
  categories: TermLink[];
}

/** Date, author and categories under a post title; WordPress may withhold any of them. */
export function PostMeta({ date, authorName, authorHref, categories }: PostMetaProps) {
  const parts: Array<{ key: string; node: ReactNode }> = [];
  if (date) parts.push({ key: 'date', node: <time dateTime={date}>{formatDate(date)}</time> });
  if (authorName) {
    const author = authorHref ? (
      <Link href={authorHref} prefetch={false} className="underline">
        {authorName}
      </Link>
    ) : (
      authorName
    );
    parts.push({ key: 'author', node: <>by {author}</> });
  }
  if (categories.length > 0) {
    parts.push({
      key: 'categories',
      node: (
        <>
          in{' '}
          {categories.map((category, index) => (
            <span key={category.href}>
              {index > 0 ? ', ' : null}
              <Link href={category.href} prefetch={false} className="underline">
                {category.name}
              </Link>
            </span>
          ))}
        </>
      ),
    });
  }
  if (parts.length === 0) return null;

  return (
    <p className="text-sm text-muted">
      {parts.map((part, index) => (
        <span key={part.key}>
          {index > 0 ? ' · ' : null}
          {part.node}
        </span>
      ))}
    </p>
  );
}

/** WordPress dates come without a zone, in the site's own time; shown as written. */
function formatDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
