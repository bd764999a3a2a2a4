/**
 * The content port: what routes ask of WordPress. Each function costs at most one GraphQL
 * round trip, and its answer is cached with tags for on-demand revalidation.
 * @module
 */
import 'server-only';

import { ApolloClient, InMemoryCache } from '@apollo/client';
import { unstable_cache } from 'next/cache';
import { cache } from 'react';

import {
  NodeByUriDocument,
  PreviewNodeDocument,
  ProtectedContentDocument,
  SitemapEntriesDocument,
} from '@/graphql/generated/graphql';
import { createSingleFlight } from '@/lib/cache/single-flight';
import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';

import { createContentLink } from './apollo/create-link';
import { possibleTypes } from './apollo/possible-types';
import { getClient } from './apollo/rsc-client';
import { CONTENT_TAG, SITEMAP_TAG, normalizeUri, uriTag } from './cache-tags';
import { ContentError } from './errors';
import { prepareContentHtml } from './html/prepare-content';
import { getMediaResolver } from './media-resolver';
import { findMenuLabel } from './menu-label';
import { POSTS_PER_PAGE } from './paging';
import { reshapeChrome } from './reshape-chrome';
import { reshapeNode } from './reshape-node';
import { collectSitemapUris } from './sitemap';
import type { EntryView, NodePage } from './types';

export type * from './types';
export { ContentError } from './errors';

export { POSTS_PER_PAGE } from './paging';

/**
 * The node at a URI with the site chrome, ready to render. `after` pages archives. Deduplicated
 * per request (metadata and page share it) and cached across requests by URI tag.
 */
export const getNodePage = cache(async (uri: string, after?: string): Promise<NodePage> => {
  const normalized = normalizeUri(uri);
  const { revalidateSeconds } = getConfig();
  const key = `${normalized}\n${after ?? ''}`;
  const load = unstable_cache(
    () => loadNodePageOnce(key, () => loadNodePage(normalized, after)),
    ['node-page', normalized, after ?? ''],
    {
      // Every page of an archive carries the archive's own tag, so revalidating the archive
      // drops the pages after each cursor too.
      tags: [CONTENT_TAG, uriTag(normalized)],
      revalidate: revalidateSeconds,
    },
  );
  return load();
});

// Next renders a page's metadata and body apart, and concurrent visitors miss the cache
// together; both would otherwise send the same query.
const loadNodePageOnce = createSingleFlight<NodePage>();

async function loadNodePage(uri: string, after: string | undefined): Promise<NodePage> {
  const config = getConfig();
  const result = await runQuery(() =>
    getClient().query({
      query: NodeByUriDocument,
      variables: {
        uri,
        after: after ?? null,
        first: POSTS_PER_PAGE,
        primaryMenu: config.menuLocations.primary,
        footerMenu: config.menuLocations.footer,
      },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    }),
  );
  const chrome = reshapeChrome(result, config.siteUrl);
  const node = await reshapeNode(result.nodeByUri, {
    wordpressOrigins: originsOf(chrome.wordpressOrigin),
    resolveMedia: getMediaResolver(config, chrome.wordpressOrigin),
    menuLabelFor: (menuUri) => findMenuLabel(chrome, menuUri),
  });
  return { chrome, node };
}

/**
 * The content of a password-protected post or page, asked with the server's own rights and
 * only when `password` matches WordPress's. Never cached: the answer depends on the visitor.
 */
export async function getProtectedContentHtml(
  databaseId: number,
  password: string,
  wordpressOrigin: string,
): Promise<string | null> {
  const config = getConfig();
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: createContentLink(config.content, 'editor'),
  });
  const data = await runQuery(() =>
    client.query({
      query: ProtectedContentDocument,
      variables: { id: String(databaseId) },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    }),
  );
  const node = data.contentNode;
  if (!node || !('password' in node) || !node.password || node.password !== password) return null;
  return prepareContentHtml(node.content ?? '', {
    wordpressOrigins: originsOf(wordpressOrigin),
    resolveMedia: getMediaResolver(config, wordpressOrigin),
    mode: 'full',
  });
}

/** A draft or revision as an editor previews it, with WordPress's status of the node. */
export interface PreviewPage extends NodePage {
  node: EntryView;
  status: string;
}

/**
 * A post or page by database id as the editor sees it: a draft, or the latest revision of a
 * published one. Asked with the server's credentials and never cached: drafts must not reach
 * the shared cache. Null when the node does not exist or is not a post or page.
 */
export async function getPreviewPage(databaseId: number): Promise<PreviewPage | null> {
  const config = getConfig();
  const client = new ApolloClient({
    cache: new InMemoryCache({ possibleTypes }),
    link: createContentLink(config.content, 'editor'),
  });
  const result = await runQuery(() =>
    client.query({
      query: PreviewNodeDocument,
      variables: {
        id: String(databaseId),
        primaryMenu: config.menuLocations.primary,
        footerMenu: config.menuLocations.footer,
      },
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
    }),
  );
  const found = result.contentNode;
  if (found?.__typename !== 'Post' && found?.__typename !== 'Page') return null;
  const chrome = reshapeChrome(result, config.siteUrl);
  const node = await reshapeNode(found, {
    wordpressOrigins: originsOf(chrome.wordpressOrigin),
    resolveMedia: getMediaResolver(config, chrome.wordpressOrigin),
  });
  if (!node || node.kind === 'archive') return null;
  return { chrome, node, status: found.status ?? 'draft' };
}

/** Every published URI, for /sitemap.xml. */
export const getSitemapUris = unstable_cache(
  async () => {
    const client = getClient();
    return collectSitemapUris((variables) =>
      runQuery(() =>
        client.query({
          query: SitemapEntriesDocument,
          variables,
          fetchPolicy: 'no-cache',
          errorPolicy: 'all',
        }),
      ),
    );
  },
  ['sitemap'],
  { tags: [CONTENT_TAG, SITEMAP_TAG] },
);

function originsOf(wordpressOrigin: string): string[] {
  const { content } = getConfig();
  return content.kind === 'wordpress'
    ? [...new Set([wordpressOrigin, content.origin])]
    : [wordpressOrigin];
}

async function runQuery<T>(
  send: () => Promise<{ data?: T | undefined; error?: Error | undefined }>,
): Promise<T> {
  let result: Awaited<ReturnType<typeof send>>;
  try {
    result = await send();
  } catch (cause) {
    throw new ContentError('unavailable', 'WordPress did not answer', { cause });
  }
  if (result.error) {
    getLogger().warn({ err: result.error.message }, 'content.query_error');
  }
  if (!result.data) {
    throw new ContentError('unavailable', 'WordPress answered without data', {
      cause: result.error,
    });
  }
  return result.data;
}
