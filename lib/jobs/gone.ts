import { getJob } from './index';
import { parseJobPath, toJobPath } from './slug';

/**
 * The request header through which proxy.ts tells a job's page that it answers 410 Gone. The
 * proxy removes it from every incoming request, so only the proxy can set it.
 */
export const JOB_GONE_HEADER = 'x-portico-job-gone';

/**
 * Decides whether a request is for the canonical page of a closed job, which answers 410 Gone,
 * and says so to the page in {@link JOB_GONE_HEADER} of `requestHeaders`. App Router pages
 * cannot choose that status, so proxy.ts asks this and sets it; the proxy's bundle has a data
 * cache entry of its own, so the page takes the proxy's word for it and never renders an open
 * job under a 410. A wrong slug is not gone (the page redirects it first), nor is a form posted
 * to the page; when the ATS does not answer, the page says so itself.
 */
export async function markClosedJobPage(
  method: string,
  pathname: string,
  requestHeaders: Headers,
): Promise<boolean> {
  requestHeaders.delete(JOB_GONE_HEADER);
  if (method !== 'GET' && method !== 'HEAD') return false;
  const parsed = parseJobPath(pathname);
  if (!parsed) return false;
  try {
    const job = await getJob(parsed.id);
    const isGone = job?.status === 'closed' && toJobPath(job) === pathname;
    if (isGone) requestHeaders.set(JOB_GONE_HEADER, '1');
    return isGone;
  } catch {
    return false;
  }
}
