import type { Metadata } from 'next';

import type { NodePage } from './types';

/**
 * Title, description, canonical URL and Open Graph for a content page. A later page of an
 * archive (`after` a cursor) is its own canonical URL, as WordPress's /page/2/ is.
 */
export function buildNodeMetadata(
  page: NodePage,
  siteUrl: string,
  paging: { after?: string } = {},
): Metadata {
  const { node, chrome } = page;
  if (!node) return { title: `Page not found – ${chrome.title}` };

  const isHome = node.uri === '/';
  const title =
    isHome || !node.title
      ? `${chrome.title}${isHome && chrome.tagline ? ` – ${chrome.tagline}` : ''}`
      : `${node.title} – ${chrome.title}`;
  const description = node.description || chrome.tagline;
  const path = paging.after ? `${node.uri}after/${encodeURIComponent(paging.after)}/` : node.uri;
  const url = `${siteUrl}${path}`;
  const image = node.kind !== 'archive' && node.image?.src ? node.image : null;

  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: node.kind === 'post' ? 'article' : 'website',
      url,
      title: isHome || !node.title ? chrome.title : node.title,
      description,
      siteName: chrome.title,
      locale: chrome.language.replace('-', '_'),
      ...(node.kind === 'post' && node.date
        ? { publishedTime: node.date, modifiedTime: node.modified ?? undefined }
        : {}),
      ...(image?.src
        ? { images: [{ url: image.src, alt: image.alt, width: image.width, height: image.height }] }
        : {}),
    },
  };
}
