import type { Job } from '@/lib/ats/port';

/**
 * A job as Next's data cache keeps it: the cache stores JSON, so the date travels as an ISO
 * string and becomes a Date again on the way out.
 */
export type StoredJob = Omit<Job, 'publishedAt'> & { publishedAt: string };

export function toStoredJob(job: Job): StoredJob {
  return { ...job, publishedAt: job.publishedAt.toISOString() };
}

export function fromStoredJob(stored: StoredJob): Job {
  return { ...stored, publishedAt: new Date(stored.publishedAt) };
}
