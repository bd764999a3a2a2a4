import Link from 'next/link';

import type { TermLink } from '@/lib/wordpress';

interface PostMetaProps {
  date: string | null;
  authorName: string | null;
  authorHref: string | null;
  categories: TermLink[];
}

/** Date, author and categories under a post title. */
export function PostMeta({ date, authorName, authorHref, categories }: PostMetaProps) {
  return (
    <p className="text-sm text-muted">
      {date ? <time dateTime={date}>{formatDate(date)}</time> : null}
      {authorName ? (
        <>
          {' · by '}
          {authorHref ? (
            <Link href={authorHref} prefetch={false} className="underline">
              {authorName}
            </Link>
          ) : (
            authorName
          )}
        </>
      ) : null}
      {categories.length > 0 ? (
        <>
          {' · in '}
          {categories.map((category, index) => (
            <span key={category.href}>
              {index > 0 ? ', ' : null}
              <Link href={category.href} prefetch={false} className="underline">
                {category.name}
              </Link>
            </span>
          ))}
        </>
      ) : null}
    </p>
  );
}

/** WordPress dates come without a zone, in the site's own time; shown as written. */
export function formatDate(date: string): string {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
