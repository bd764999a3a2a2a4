/**
 * A job's address on the site: `/jobs/<id>-<slug>/`. The id finds the job; the slug is only
 * for people and search engines, so a wrong or missing one redirects to the right one.
 * @module
 */

/** Slugs longer than this are cut at a word boundary; the id alone identifies the job. */
const MAX_SLUG_LENGTH = 80;

/** The title as a URL slug: lowercase ASCII letters and digits joined by single hyphens. */
export function toJobSlug(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  if (!words) return 'job';
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || words[0]!.slice(0, MAX_SLUG_LENGTH);
}

/** The site path of a job's page, with the trailing slash the site uses everywhere. */
export function toJobPath(job: { id: number; title: string }): string {
  return `/jobs/${job.id}-${toJobSlug(job.title)}/`;
}

/** The id and slug in a job page's path segment ("123-java-developer"), or null. */
export function parseJobSegment(segment: string): { id: number; slug: string } | null {
  const match = /^([1-9]\d{0,14})(?:-(.*))?$/.exec(segment);
  if (!match) return null;
  const id = Number(match[1]);
  if (!Number.isSafeInteger(id)) return null;
  return { id, slug: match[2] ?? '' };
}

/** The id of a job's page from a site path (`/jobs/123-x/`), or null for any other path. */
export function parseJobPath(pathname: string): { id: number; slug: string } | null {
  const match = /^\/jobs\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  let segment: string;
  try {
    segment = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  return parseJobSegment(segment);
}
