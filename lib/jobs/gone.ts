import { getJob } from './index';
import { parseJobPath, toJobPath } from './slug';

/**
 * The request header through which proxy.ts tells a job's page that it answers 410 Gone. The
 * proxy removes it from every incoming request, so only the proxy can set it.
 */
export const JOB_GONE_HEADER = 'x-portico-job-gone';

/**
 * How long the proxy waits for the ATS before it lets the page answer on its own: a hanging
 * ATS must not make every visitor wait its timeout twice (here, then in the page).
 */
export const GONE_CHECK_TIMEOUT_MS = 1_500;

const TIMED_OUT = Symbol('timed out');

function withinDeadline<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

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
    const job = await withinDeadline(getJob(parsed.id), GONE_CHECK_TIMEOUT_MS);
    if (job === TIMED_OUT) return false;
    const isGone = job?.status === 'closed' && toJobPath(job) === pathname;
    if (isGone) requestHeaders.set(JOB_GONE_HEADER, '1');
    return isGone;
  } catch {
    return false;
  }
}
