import Link from 'next/link';

import type { Job } from '@/lib/ats/port';

/**
 * A closed job's page (answered with 410 Gone by proxy.ts): what it was and the way to the
 * open ones. No description and no structured data: search engines drop it.
 */
export function JobClosed({ job }: { job: Job }) {
  return (
    <section aria-labelledby="job-title" className="space-y-4">
      <p className="text-sm uppercase tracking-wide text-muted">This job is closed</p>
      <h1 id="job-title" className="text-3xl font-bold leading-tight tracking-tight">
        {job.title}
      </h1>
      <p>This position has been filled or withdrawn and takes no more applications.</p>
      <p>
        <Link href="/jobs/" prefetch={false} className="font-semibold underline">
          See all open jobs
        </Link>
      </p>
    </section>
  );
}
