import type { Metadata } from 'next';
import { cookies, draftMode } from 'next/headers';
import { notFound } from 'next/navigation';

import { NodeTemplate } from '@/components/node-template';
import { PreviewBar } from '@/components/preview-bar';
import { getSecret } from '@/lib/secret';
import { getPreviewPage } from '@/lib/wordpress';
import { PREVIEW_COOKIE, unsealPreview } from '@/lib/wordpress/preview/preview-cookie';

// A preview shows unpublished content to one editor: rendered per request, never cached.
export const dynamic = 'force-dynamic';

interface PreviewPageProps {
  params: Promise<{ id: string }>;
}

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function PreviewPage({ params }: PreviewPageProps) {
  const id = Number((await params).id);
  const claim = await unsealPreview((await cookies()).get(PREVIEW_COOKIE)?.value, getSecret());
  if (!(await draftMode()).isEnabled || claim?.databaseId !== id) notFound();

  const page = await getPreviewPage(id);
  if (!page) notFound();
  const { node, status } = page;
  const publicUri = status === 'publish' && !node.uri.includes('?') ? node.uri : '/';
  return (
    <>
      <PreviewBar
        title={node.title}
        status={status}
        exitHref={`/api/preview/exit/?to=${encodeURIComponent(publicUri)}`}
      />
      <NodeTemplate page={page} basePath={node.uri} />
    </>
  );
}
