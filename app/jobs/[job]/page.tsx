import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound, permanentRedirect } from 'next/navigation';

import { ApplyForm } from '@/components/jobs/apply-form';
import { JobClosed } from '@/components/jobs/job-closed';
import { JobDetails } from '@/components/jobs/job-details';
import { JobPostingScript } from '@/components/jobs/job-posting-script';
import { getSiteName, JobsFrame } from '@/components/jobs/jobs-frame';
import { JobsUnavailable } from '@/components/jobs/jobs-unavailable';
import { AtsError, type Job } from '@/lib/ats/port';
import { getConfig } from '@/lib/config';
import { getJob } from '@/lib/jobs';
import { JOB_GONE_HEADER } from '@/lib/jobs/gone';
import { buildJobPosting } from '@/lib/jobs/job-posting';
import { parseJobSegment, toJobPath } from '@/lib/jobs/slug';
import { getLogger } from '@/lib/log';
import { htmlToText } from '@/lib/wordpress/html/decode';

// Rendered per request for its CSP nonce; the job comes from the data cache (lib/jobs).
// A closed job's answer gets its 410 status in proxy.ts, which App Router pages cannot set.
export const dynamic = 'force-dynamic';

interface JobPageProps {
  params: Promise<{ job: string }>;
}

export async function generateMetadata({ params }: JobPageProps): Promise<Metadata> {
  const loaded = await loadJob((await params).job);
  if (loaded === 'unavailable') return { title: 'Temporarily unavailable' };
  if (!loaded) return {};
  const { job, isClosed } = loaded;
  const siteName = await getSiteName();
  if (isClosed) {
    return { title: `Closed: ${job.title} – ${siteName}`, robots: { index: false } };
  }
  const url = `${getConfig().siteUrl}${toJobPath(job)}`;
  const description = htmlToText(job.descriptionHtml, 160);
  return {
    title: `${job.title} – ${siteName}`,
    description,
    alternates: { canonical: url },
    openGraph: { type: 'website', url, title: job.title, description, siteName },
  };
}

export default async function JobPage({ params }: JobPageProps) {
  const segment = (await params).job;
  const loaded = await loadJob(segment);
  if (loaded === 'unavailable') {
    return (
      <JobsFrame>
        <JobsUnavailable />
      </JobsFrame>
    );
  }
  if (!loaded) notFound();
  const { job, isCanonical, isClosed } = loaded;
  if (!isCanonical) permanentRedirect(toJobPath(job));
  if (isClosed) {
    return (
      <JobsFrame>
        <JobClosed job={job} />
      </JobsFrame>
    );
  }

  const { siteUrl } = getConfig();
  const posting = buildJobPosting(job, {
    url: `${siteUrl}${toJobPath(job)}`,
    organization: { name: await getSiteName(), url: `${siteUrl}/` },
    descriptionHtml: job.descriptionHtml,
    isDirectApply: true,
  });
  return (
    <JobsFrame>
      <JobPostingScript posting={posting} />
      <JobDetails job={job} />
      <section id="apply" className="mt-12">
        <ApplyForm job={job} />
      </section>
    </JobsFrame>
  );
}

/**
 * The job a path segment names, whether the segment is its canonical one, and whether it is
 * closed: by the page's cached answer, or by the proxy's, which may be fresher and which set
 * the 410 (see lib/jobs/gone.ts); so a 410 never shows an open job.
 */
async function loadJob(
  segment: string,
): Promise<{ job: Job; isCanonical: boolean; isClosed: boolean } | null | 'unavailable'> {
  const parsed = parseJobSegment(segment);
  if (!parsed) return null;
  try {
    const job = await getJob(parsed.id);
    if (!job) return null;
    const isGone = (await headers()).get(JOB_GONE_HEADER) === '1';
    return {
      job,
      isCanonical: toJobPath(job) === `/jobs/${segment}/`,
      isClosed: isGone || job.status === 'closed',
    };
  } catch (error) {
    if (!(error instanceof AtsError)) throw error;
    getLogger().warn({ code: error.code, jobId: parsed.id }, 'jobs.job_unavailable');
    return 'unavailable';
  }
}
