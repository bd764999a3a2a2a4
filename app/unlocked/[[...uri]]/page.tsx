import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';

import { NodeTemplate } from '@/components/node-template';
import { getConfig } from '@/lib/config';
import { getSecret } from '@/lib/secret';
import { parseContentRoute } from '@/lib/routing/content-route';
import { getNodePage, getProtectedContentHtml } from '@/lib/wordpress';
import { buildNodeMetadata } from '@/lib/wordpress/metadata';
import { UNLOCK_ERROR_COOKIE, unlockErrorMessage } from '@/lib/wordpress/protected/cookie-name';
import { UNLOCK_COOKIE, unsealUnlock } from '@/lib/wordpress/protected/unlock-cookie';

// The proxy sends a visitor here when the post-password cookie came with the request. The
// answer depends on that cookie, so it is rendered per request and never cached.
export const dynamic = 'force-dynamic';

interface UnlockedPageProps {
  params: Promise<{ uri?: string[] }>;
}

export async function generateMetadata({ params }: UnlockedPageProps): Promise<Metadata> {
  const route = parseContentRoute((await params).uri);
  const metadata = buildNodeMetadata(await getNodePage(route.uri), getConfig().siteUrl);
  return { ...metadata, robots: { index: false } };
}

export default async function UnlockedPage({ params }: UnlockedPageProps) {
  const route = parseContentRoute((await params).uri);
  const page = await getNodePage(route.uri);
  const { node } = page;
  if (!node) notFound();
  if (node.kind === 'archive' || !node.isProtected)
    return <NodeTemplate page={{ ...page, node }} basePath={node.uri} />;

  const jar = await cookies();
  const claim = await unsealUnlock(jar.get(UNLOCK_COOKIE)?.value, getSecret());
  const contentHtml =
    claim?.databaseId === node.databaseId
      ? await getProtectedContentHtml(node.databaseId, claim.password, page.chrome.wordpressOrigin)
      : null;
  return (
    <NodeTemplate
      page={{ ...page, node: { ...node, contentHtml } }}
      basePath={node.uri}
      unlockError={
        contentHtml === null ? unlockErrorMessage(jar.get(UNLOCK_ERROR_COOKIE)?.value) : undefined
      }
    />
  );
}
