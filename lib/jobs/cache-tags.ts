/** Every cached ATS answer carries this tag: revalidating it refreshes the whole job board. */
export const JOBS_TAG = 'ats';

/** The tag of one job's cached answer. */
export function jobTag(id: number): string {
  return `ats:job:${id}`;
}
