import type { Metadata } from 'next';

import { JobFilterForm } from '@/components/jobs/job-filter-form';
import { JobResults } from '@/components/jobs/job-results';
import { getSiteName, JobsFrame } from '@/components/jobs/jobs-frame';
import { JobsUnavailable } from '@/components/jobs/jobs-unavailable';
import { AtsError } from '@/lib/ats/port';
import { getConfig } from '@/lib/config';
import { getJobFacets, searchOpenJobs } from '@/lib/jobs';
import {
  JOBS_PER_PAGE,
  parseJobListQuery,
  toJobListHref,
  type JobListQuery,
  type SearchParams,
} from '@/lib/jobs/list-query';
import { getLogger } from '@/lib/log';

// Rendered per request for its CSP nonce; the ATS's answers come from the data cache
// (lib/jobs), refreshed every JOBS_REVALIDATE_SECONDS.
export const dynamic = 'force-dynamic';

interface JobsPageProps {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: JobsPageProps): Promise<Metadata> {
  const { query } = parseJobListQuery(await searchParams);
  const siteName = await getSiteName();
  const page = query.page > 1 ? `, page ${query.page}` : '';
  return {
    title: `Jobs${page} – ${siteName}`,
    description: `Open positions at ${siteName}: search by keyword, category, location and employment type.`,
    alternates: { canonical: `${getConfig().siteUrl}${toJobListHref(query)}` },
    // Keyword searches are endless variations of the list; the filters' pages are enough.
    ...(query.keyword ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function JobsPage({ searchParams }: JobsPageProps) {
  const { query, ignored } = parseJobListQuery(await searchParams);
  const data = await loadJobList(query);
  return (
    <JobsFrame>
      <h1 className="mb-6 text-3xl font-bold leading-tight tracking-tight sm:text-4xl">Jobs</h1>
      {ignored.length > 0 ? (
        <p role="alert" className="mb-6 rounded border border-amber-600 bg-amber-50 p-3">
          {describeIgnored(ignored)}
        </p>
      ) : null}
      {data ? (
        <>
          <JobFilterForm facets={data.facets} query={query} />
          <JobResults query={query} results={data.results} />
        </>
      ) : (
        <JobsUnavailable />
      )}
    </JobsFrame>
  );
}

/** "The page number in this address could not be used and was ignored." */
function describeIgnored(ignored: string[]): string {
  const verb = ignored.length === 1 ? 'was' : 'were';
  return `The ${ignored.join(', ')} in this address could not be used and ${verb} ignored.`;
}

async function loadJobList(query: JobListQuery) {
  try {
    const [facets, results] = await Promise.all([
      getJobFacets(),
      searchOpenJobs({
        keyword: query.keyword,
        categoryId: query.categoryId,
        city: query.city,
        employmentType: query.employmentType,
        sort: 'newest',
        start: (query.page - 1) * JOBS_PER_PAGE,
        count: JOBS_PER_PAGE,
      }),
    ]);
    return { facets, results };
  } catch (error) {
    if (!(error instanceof AtsError)) throw error;
    getLogger().warn({ code: error.code }, 'jobs.list_unavailable');
    return null;
  }
}
