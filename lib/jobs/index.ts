/**
 * The job board's data: the ATS's answers, cached with tags and asked again every
 * JOBS_REVALIDATE_SECONDS (stale answers are served meanwhile, and kept when the ATS is
 * down). Pages are rendered per request from this cache, never cached as HTML.
 * @module
 */
import 'server-only';

import { unstable_cache } from 'next/cache';
import { cache } from 'react';

import { getAts } from '@/lib/ats';
import type { Job, JobFacets, JobPage, JobSearch } from '@/lib/ats/port';
import { createSingleFlight } from '@/lib/cache/single-flight';
import { getConfig } from '@/lib/config';

import { JOBS_TAG, jobTag } from './cache-tags';
import { prepareJobDescription } from './description';
import { fromStoredJob, toStoredJob, type StoredJob } from './stored-job';

export { JOBS_TAG, jobTag } from './cache-tags';

interface StoredJobPage extends Omit<JobPage, 'jobs'> {
  jobs: StoredJob[];
}

const searchOnce = createSingleFlight<StoredJobPage>();
const facetsOnce = createSingleFlight<JobFacets>();
const jobOnce = createSingleFlight<StoredJob | null>();

/** One page of open jobs matching `search`. */
export async function searchOpenJobs(search: JobSearch): Promise<JobPage> {
  const key = JSON.stringify([
    search.keyword ?? '',
    search.categoryId ?? '',
    search.city ?? '',
    search.employmentType ?? '',
    search.sort ?? 'newest',
    search.start,
    search.count,
  ]);
  const load = unstable_cache(
    () =>
      searchOnce(key, async () => {
        const page = await getAts().searchJobs(search);
        return { ...page, jobs: page.jobs.map(toStoredJob) };
      }),
    ['jobs-search', key],
    { tags: [JOBS_TAG], revalidate: getConfig().jobsRevalidateSeconds },
  );
  const page = await load();
  return { ...page, jobs: page.jobs.map(fromStoredJob) };
}

/** The filters' values with their counts of open jobs. */
export async function getJobFacets(): Promise<JobFacets> {
  const load = unstable_cache(
    () => facetsOnce('facets', () => getAts().facets()),
    ['jobs-facets'],
    { tags: [JOBS_TAG], revalidate: getConfig().jobsRevalidateSeconds },
  );
  return load();
}

/**
 * The job with its description already through the WordPress allowlist sanitiser (remote
 * images dropped to their alt text: the site loads nothing from other hosts), open or closed;
 * null when the ATS never had it. Shared by a request's metadata and page.
 */
export const getJob = cache(async (id: number): Promise<Job | null> => {
  const load = unstable_cache(
    () => jobOnce(String(id), () => loadJob(id)),
    ['jobs-job', String(id)],
    { tags: [JOBS_TAG, jobTag(id)], revalidate: getConfig().jobsRevalidateSeconds },
  );
  const stored = await load();
  return stored ? fromStoredJob(stored) : null;
});

async function loadJob(id: number): Promise<StoredJob | null> {
  const job = await getAts().getJob(id);
  if (!job) return null;
  const descriptionHtml = await prepareJobDescription(job.descriptionHtml);
  return toStoredJob({ ...job, descriptionHtml });
}

/** Bullhorn's largest page; the sitemap reads the open jobs in pages of this size. */
const SITEMAP_PAGE_SIZE = 500;
/** The sitemap protocol's limit of URLs per file, less room for the content's own. */
const SITEMAP_MAX_JOBS = 40_000;

/** Every open job's id, title and date, for the sitemap. */
export async function listOpenJobsForSitemap(): Promise<
  { id: number; title: string; publishedAt: Date }[]
> {
  const load = unstable_cache(
    async () => {
      const entries: { id: number; title: string; publishedAt: string }[] = [];
      for (let start = 0; start < SITEMAP_MAX_JOBS; start += SITEMAP_PAGE_SIZE) {
        const page = await getAts().searchJobs({ start, count: SITEMAP_PAGE_SIZE, sort: 'newest' });
        for (const job of page.jobs) {
          entries.push({
            id: job.id,
            title: job.title,
            publishedAt: job.publishedAt.toISOString(),
          });
        }
        if (page.jobs.length < SITEMAP_PAGE_SIZE || start + page.jobs.length >= page.total) break;
      }
      return entries;
    },
    ['jobs-sitemap'],
    { tags: [JOBS_TAG], revalidate: getConfig().jobsRevalidateSeconds },
  );
  const entries = await load();
  return entries.map((entry) => ({ ...entry, publishedAt: new Date(entry.publishedAt) }));
}
