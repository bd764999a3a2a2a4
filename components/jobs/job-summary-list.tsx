import Link from 'next/link';

import type { Job } from '@/lib/ats/port';
import { formatJobLocation, formatPostedDate, formatSalary } from '@/lib/jobs/job-facts';
import { toJobPath } from '@/lib/jobs/slug';

/**
 * One page of the list: each job's title as a link to its page, and its facts on one line
 * (the job's page lists them in full). One line, not a list per job: a page holds twenty, and
 * every element is rendered again on each request.
 */
export function JobSummaryList({ jobs, startNumber }: { jobs: Job[]; startNumber: number }) {
  return (
    <ol start={startNumber} className="space-y-6" aria-labelledby="jobs-results-heading">
      {jobs.map((job) => (
        <li key={job.id} className="rounded-lg border border-slate-300 bg-white p-4">
          <article aria-labelledby={`job-${job.id}-title`}>
            <h3 id={`job-${job.id}-title`} className="text-xl font-semibold leading-snug">
              <Link href={toJobPath(job)} prefetch={false} className="hover:underline">
                {job.title}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-muted">
              {describeJob(job)} · Posted{' '}
              <time dateTime={job.publishedAt.toISOString()}>
                {formatPostedDate(job.publishedAt)}
              </time>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}

function describeJob(job: Job): string {
  const facts = [formatJobLocation(job), job.employmentType, job.category?.name];
  return [...facts, formatSalary(job.salary)].filter(Boolean).join(' · ');
}
