import { notFound, permanentRedirect } from 'next/navigation';

import { getNodePage } from '@/lib/wordpress';

// WordPress's plain links (/?p=123, /?page_id=45) reach this route through the proxy; like
// WordPress, it redirects to the pretty permalink, or answers 404 for what is not published.
// Per request, as every page (its 404 carries the request's CSP nonce); the lookup is cached.
export const dynamic = 'force-dynamic';

const QUERY_KEYS = { p: 'p', page_id: 'page_id' } as const;

export default async function PlainLinkPage({
  params,
}: {
  params: Promise<{ kind: string; id: string }>;
}) {
  const { kind, id } = await params;
  if (!(kind in QUERY_KEYS) || !/^\d{1,12}$/.test(id)) notFound();
  const { node } = await getNodePage(`/?${kind}=${id}`);
  if (!node || node.uri.includes('?')) notFound();
  permanentRedirect(node.uri);
}
