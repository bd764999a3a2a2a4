import Link from 'next/link';

import { toJobListHref, type JobListQuery } from '@/lib/jobs/list-query';

interface JobPaginationProps {
  query: JobListQuery;
  pageCount: number;
}

/** Previous, next and nearby pages, each link keeping the filters in its URL. */
export function JobPagination({ query, pageCount }: JobPaginationProps) {
  if (pageCount <= 1) return null;
  const current = query.page;
  const near = [1, current - 2, current - 1, current, current + 1, current + 2, pageCount]
    .filter((page, index, all) => page >= 1 && page <= pageCount && all.indexOf(page) === index)
    .sort((a, b) => a - b);
  const href = (page: number) => toJobListHref({ ...query, page });
  return (
    <nav aria-label="Pages of jobs" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 ? (
          <li>
            <Link href={href(current - 1)} prefetch={false} rel="prev" className="underline">
              Previous page
            </Link>
          </li>
        ) : null}
        {near.map((page, index) => (
          <li key={page} className="flex gap-2">
            {index > 0 && page - near[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {page === current ? (
              <span aria-current="page" className="rounded bg-accent px-2 font-semibold text-white">
                <span className="sr-only">Page </span>
                {page}
              </span>
            ) : (
              <Link href={href(page)} prefetch={false} className="px-2 underline">
                <span className="sr-only">Page </span>
                {page}
              </Link>
            )}
          </li>
        ))}
        {current < pageCount ? (
          <li>
            <Link href={href(current + 1)} prefetch={false} rel="next" className="underline">
              Next page
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
