import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';

import { NodeTemplate } from '@/components/node-template';
import { getConfig } from '@/lib/config';
import { isConnectionCursor, isSameUri, parseContentRoute } from '@/lib/routing/content-route';
import { getNodePage } from '@/lib/wordpress';
import { buildNodeMetadata } from '@/lib/wordpress/metadata';

// Rendered per request for its CSP nonce (see app/layout.tsx); WordPress's answer for each
// URL comes from the data cache until it is revalidated by tag or CONTENT_REVALIDATE_SECONDS
// pass (lib/wordpress).
export const dynamic = 'force-dynamic';

interface ContentPageProps {
  params: Promise<{ uri?: string[] }>;
}

export async function generateMetadata({ params }: ContentPageProps): Promise<Metadata> {
  const route = parseContentRoute((await params).uri);
  if (route.after !== undefined && !isConnectionCursor(route.after)) return {};
  try {
    return buildNodeMetadata(await getNodePage(route.uri, route.after), getConfig().siteUrl, route);
  } catch {
    // The page itself reports the failure through app/error.tsx; metadata errors would
    // replace the whole document with an empty shell.
    return { title: 'Temporarily unavailable' };
  }
}

export default async function ContentPage({ params }: ContentPageProps) {
  const route = parseContentRoute((await params).uri);
  if (route.after !== undefined && !isConnectionCursor(route.after)) notFound();
  const page = await getNodePage(route.uri, route.after);
  const { node } = page;
  if (!node) notFound();
  // Only archives have later pages, and a page past the last post is no page.
  if (route.after && (node.kind !== 'archive' || node.posts.length === 0)) notFound();
  if (!isSameUri(node.uri, route.uri)) {
    permanentRedirect(
      route.after ? `${node.uri}after/${encodeURIComponent(route.after)}/` : node.uri,
    );
  }
  return <NodeTemplate page={{ ...page, node }} basePath={node.uri} />;
}
