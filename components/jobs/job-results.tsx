import Link from 'next/link';

import type { JobPage } from '@/lib/ats/port';
import { hasFilters, JOBS_PER_PAGE, toJobListHref, type JobListQuery } from '@/lib/jobs/list-query';

import { JobPagination } from './job-pagination';
import { JobSummaryList } from './job-summary-list';

/** The result count, the page of jobs and the pagination, or an empty state with a way back. */
export function JobResults({ query, results }: { query: JobListQuery; results: JobPage }) {
  const pageCount = Math.ceil(results.total / JOBS_PER_PAGE);
  const first = results.start + 1;
  const last = results.start + results.jobs.length;
  const isFiltered = hasFilters(query);
  const noun = results.total === 1 ? 'job' : 'jobs';
  return (
    <section aria-labelledby="jobs-results-heading" className="mt-10">
      <h2 id="jobs-results-heading" className="text-2xl font-semibold">
        {isFiltered ? `${results.total} matching ${noun}` : `${results.total} open ${noun}`}
      </h2>
      <p role="status" className="mt-1 text-muted">
        {results.jobs.length > 0
          ? describeRange(first, last, results.total, query.page, pageCount)
          : describeEmpty(query, results.total, pageCount)}
      </p>
      {results.jobs.length > 0 ? (
        <div className="mt-6">
          <JobSummaryList jobs={results.jobs} startNumber={first} />
          <JobPagination query={query} pageCount={pageCount} />
        </div>
      ) : (
        <p className="mt-4 flex flex-wrap gap-4">
          {results.total > 0 ? (
            <Link
              href={toJobListHref({ ...query, page: 1 })}
              prefetch={false}
              className="underline"
            >
              Go to the first page
            </Link>
          ) : null}
          <Link href="/jobs/" prefetch={false} className="underline">
            {isFiltered ? 'Clear the filters and show all jobs' : 'Back to all jobs'}
          </Link>
        </p>
      )}
    </section>
  );
}

function describeRange(
  first: number,
  last: number,
  total: number,
  page: number,
  pageCount: number,
): string {
  const pages = pageCount > 1 ? `, page ${page} of ${pageCount}` : '';
  return `Showing ${first}–${last} of ${total}${pages}.`;
}

function describeEmpty(query: JobListQuery, total: number, pageCount: number): string {
  if (total > 0) return `There is no page ${query.page}: the list has ${pageCount}.`;
  if (hasFilters(query)) return 'No open job matches your search. Try fewer or other filters.';
  return 'There are no open jobs at the moment. Please look again soon.';
}
