import type { MetadataRoute } from 'next';

import { getConfig } from '@/lib/config';
import { getSitemapUris } from '@/lib/wordpress';

// Rendered per request from the cached URI list, so it always names the running content source.
export const dynamic = 'force-dynamic';

/** Exactly the published URLs WordPress lists: posts, pages, terms and authors. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { siteUrl } = getConfig();
  const uris = await getSitemapUris();
  return uris.map((uri) => ({ url: `${siteUrl}${encodeURI(uri)}` }));
}
