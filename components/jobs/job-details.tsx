import Link from 'next/link';

import type { Job } from '@/lib/ats/port';

import { ContentHtml } from '../content-html';
import { JobFactsList } from './job-facts-list';

/** An open job's page: title, facts and the sanitised description. */
export function JobDetails({ job }: { job: Job }) {
  return (
    <article aria-labelledby="job-title">
      <p className="mb-2 text-sm">
        <Link href="/jobs/" prefetch={false} className="underline">
          All jobs
        </Link>
      </p>
      <h1 id="job-title" className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
        {job.title}
      </h1>
      <JobFactsList job={job} className="mt-4" />
      <h2 className="mt-8 text-2xl font-semibold">About the job</h2>
      <ContentHtml html={job.descriptionHtml} className="mt-4" />
    </article>
  );
}
