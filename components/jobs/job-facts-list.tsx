import type { ReactNode } from 'react';

import type { Job } from '@/lib/ats/port';
import { formatJobLocation, formatPostedDate, formatSalary } from '@/lib/jobs/job-facts';

/** Location, employment type, category, date posted and salary as a description list. */
export function JobFactsList({ job, className }: { job: Job; className?: string }) {
  const salary = formatSalary(job.salary);
  return (
    <dl className={['grid grid-cols-[auto_1fr] gap-x-4 gap-y-1', className].join(' ')}>
      <Fact term="Location">{formatJobLocation(job)}</Fact>
      <Fact term="Employment type">{job.employmentType}</Fact>
      {job.category ? <Fact term="Category">{job.category.name}</Fact> : null}
      <Fact term="Posted">
        <time dateTime={job.publishedAt.toISOString()}>{formatPostedDate(job.publishedAt)}</time>
      </Fact>
      {salary ? <Fact term="Salary">{salary}</Fact> : null}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-muted">{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
