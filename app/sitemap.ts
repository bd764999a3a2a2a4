import type { MetadataRoute } from 'next';

import { AtsError } from '@/lib/ats/port';
import { getConfig } from '@/lib/config';
import { listOpenJobsForSitemap } from '@/lib/jobs';
import { toJobPath } from '@/lib/jobs/slug';
import { getLogger } from '@/lib/log';
import { getSitemapUris } from '@/lib/wordpress';

// Rendered per request from the cached URI list, so it always names the running content source.
export const dynamic = 'force-dynamic';

/**
 * Exactly the published URLs WordPress lists (posts, pages, terms and authors), then the job
 * board and every open job. Closed jobs answer 410 and are left out.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = getConfig();
  const [uris, jobs] = await Promise.all([getSitemapUris(), listJobEntries(siteUrl)]);
  return [...uris.map((uri) => ({ url: `${siteUrl}${encodeURI(uri)}` })), ...jobs];
}

/** The job board's entries; none when the ATS is down, so WordPress's part is still served. */
async function listJobEntries(siteUrl: string): Promise<MetadataRoute.Sitemap> {
  try {
    const jobs = await listOpenJobsForSitemap();
    return [
      { url: `${siteUrl}/jobs/` },
      ...jobs.map((job) => ({ url: `${siteUrl}${toJobPath(job)}`, lastModified: job.publishedAt })),
    ];
  } catch (error) {
    if (!(error instanceof AtsError)) throw error;
    getLogger().warn({ code: error.code }, 'jobs.sitemap_unavailable');
    return [];
  }
}
