import type { MediaFragment, NodeByUriQuery, PostCardFragment } from '@/graphql/generated/graphql';

import { decodeHtmlText, htmlToText } from './html/decode';
import { prepareContentHtml } from './html/prepare-content';
import { toSiteHref } from './reshape-chrome';
import type { ArchiveView, EntryView, ImageView, NodeView, PostSummary, TermLink } from './types';

type WpNode = NonNullable<NodeByUriQuery['nodeByUri']>;
type PostsConnection = NonNullable<Extract<WpNode, { __typename: 'Category' }>['posts']>;

/** What reshaping needs besides the answer: where WordPress lives and how media reach us. */
export interface ReshapeContext {
  wordpressOrigins: string[];
  resolveMedia: (url: string) => Promise<string | null>;
  /**
   * The label a site menu gives a URI. WPGraphQL answers the posts page as the post type, not
   * as the page, so the page's own title is not in the answer; its menu label usually is.
   */
  menuLabelFor?: (uri: string) => string | undefined;
}

const DESCRIPTION_LENGTH = 160;

/** Maps the nodeByUri answer to the template's view; null for nodes the site does not show. */
export async function reshapeNode(
  node: WpNode | null,
  ctx: ReshapeContext,
): Promise<NodeView | null> {
  if (!node?.uri) return null;
  switch (node.__typename) {
    case 'Post':
    case 'Page':
      return reshapeEntry(node, ctx);
    case 'Category':
    case 'Tag':
    case 'User':
    case 'ContentType':
      return reshapeArchive(node, ctx);
    default:
      return null;
  }
}

async function reshapeEntry(
  node: Extract<WpNode, { __typename: 'Post' | 'Page' }>,
  ctx: ReshapeContext,
): Promise<EntryView> {
  const title = htmlToText(node.title ?? '');
  const isProtected = Boolean(node.hasPassword) || Boolean(node.isRestricted);
  const contentHtml =
    isProtected || node.content == null
      ? null
      : await prepareContentHtml(node.content, { ...ctx, mode: 'full' });
  const isPost = node.__typename === 'Post';
  const excerpt = isPost ? node.excerpt : null;

  return {
    kind: isPost ? 'post' : 'page',
    uri: node.uri ?? '/',
    databaseId: node.databaseId,
    title,
    description: htmlToText(isProtected ? '' : (excerpt ?? node.content ?? ''), DESCRIPTION_LENGTH),
    date: node.date,
    modified: node.modified,
    contentHtml,
    isProtected,
    isFrontPage: !isPost && node.isFrontPage,
    isPrivacyPage: !isPost && node.isPrivacyPage,
    authorName: isPost ? decodeOptional(node.author?.node.name) : null,
    authorHref: isPost ? localHref(node.author?.node.uri, ctx) : null,
    categories: isPost ? toTermLinks(node.categories?.nodes, ctx) : [],
    tags: isPost ? toTermLinks(node.tags?.nodes, ctx) : [],
    breadcrumbs: isPost ? [] : toTermLinks(pagesOnly(node.ancestors?.nodes).reverse(), ctx),
    childPages: isPost ? [] : toTermLinks(pagesOnly(node.children?.nodes), ctx),
    image: await toImage(node.featuredImage?.node, ctx),
  };
}

async function reshapeArchive(
  node: Extract<WpNode, { __typename: 'Category' | 'Tag' | 'User' | 'ContentType' }>,
  ctx: ReshapeContext,
): Promise<ArchiveView | null> {
  const connection: PostsConnection | null =
    node.__typename === 'ContentType' ? postsOnly(node.contentNodes) : node.posts;
  if (node.__typename === 'ContentType' && !node.isPostsPage && !node.isFrontPage) return null;

  const name = decodeHtmlText(node.name ?? '');
  const descriptionHtml =
    node.__typename === 'ContentType' || !node.description
      ? ''
      : await prepareContentHtml(wrapParagraphs(node.description), { ...ctx, mode: 'full' });

  return {
    kind: 'archive',
    archiveType: ARCHIVE_TYPES[node.__typename],
    uri: node.uri ?? '/',
    title: node.__typename === 'ContentType' ? postsIndexTitle(node, ctx) : name,
    description: htmlToText(descriptionHtml, DESCRIPTION_LENGTH),
    descriptionHtml,
    isFrontPage: node.__typename === 'ContentType' && node.isFrontPage,
    subcategories: node.__typename === 'Category' ? toTermLinks(node.children?.nodes, ctx) : [],
    posts: await Promise.all((connection?.nodes ?? []).map((post) => reshapeSummary(post, ctx))),
    paging: {
      nextCursor: connection?.pageInfo.hasNextPage ? (connection.pageInfo.endCursor ?? null) : null,
      hasPrevious: connection?.pageInfo.hasPreviousPage ?? false,
    },
  };
}

function postsIndexTitle(
  node: Extract<WpNode, { __typename: 'ContentType' }>,
  ctx: ReshapeContext,
): string {
  if (node.isFrontPage) return 'Latest posts';
  return ctx.menuLabelFor?.(node.uri ?? '') ?? decodeHtmlText(node.label ?? 'Posts');
}

const ARCHIVE_TYPES = {
  Category: 'category',
  Tag: 'tag',
  User: 'author',
  ContentType: 'posts',
} as const;

async function reshapeSummary(post: PostCardFragment, ctx: ReshapeContext): Promise<PostSummary> {
  const title = htmlToText(post.title ?? '');
  const href = localHref(post.uri, ctx) ?? '/';
  const isProtected = Boolean(post.hasPassword) || Boolean(post.isRestricted);
  const hasMoreTag = post.content?.includes('<!--more') ?? false;
  const source = hasMoreTag ? post.content : post.excerpt;
  const summaryHtml =
    isProtected || !source
      ? ''
      : await prepareContentHtml(source, { ...ctx, mode: 'archive', permalink: href, title });

  return {
    id: post.id,
    title,
    href,
    date: post.date,
    authorName: decodeOptional(post.author?.node.name),
    authorHref: localHref(post.author?.node.uri, ctx),
    categories: toTermLinks(post.categories?.nodes, ctx),
    summaryHtml,
    isProtected,
    image: await toImage(post.featuredImage?.node, ctx),
  };
}

function postsOnly(
  connection: Extract<WpNode, { __typename: 'ContentType' }>['contentNodes'],
): PostsConnection | null {
  if (!connection) return null;
  const nodes = connection.nodes.filter((node): node is PostCardFragment => 'uri' in node);
  return { pageInfo: connection.pageInfo, nodes };
}

function pagesOnly<T extends object>(
  nodes: T[] | undefined,
): Array<{ title: string | null; uri: string | null }> {
  return (nodes ?? []).filter(
    (node): node is T & { title: string | null; uri: string | null } => 'uri' in node,
  );
}

function toTermLinks(
  nodes: Array<{ name?: string | null; title?: string | null; uri: string | null }> | undefined,
  ctx: ReshapeContext,
): TermLink[] {
  return (nodes ?? []).flatMap((node) => {
    const href = localHref(node.uri, ctx);
    // Post titles are HTML (a title may hold <em>); term names are escaped text.
    const name = node.title != null ? htmlToText(node.title) : decodeHtmlText(node.name ?? '');
    return href ? [{ name, href }] : [];
  });
}

async function toImage(
  media: MediaFragment | undefined | null,
  ctx: ReshapeContext,
): Promise<ImageView | null> {
  if (!media?.sourceUrl) return null;
  return {
    src: await ctx.resolveMedia(media.sourceUrl),
    alt: decodeHtmlText(media.altText ?? ''),
    width: media.mediaDetails?.width ?? undefined,
    height: media.mediaDetails?.height ?? undefined,
  };
}

function localHref(uri: string | null | undefined, ctx: ReshapeContext): string | null {
  if (!uri) return null;
  return toSiteHref(uri, ctx.wordpressOrigins[0] ?? 'http://localhost');
}

function decodeOptional(text: string | null | undefined): string | null {
  return text ? decodeHtmlText(text) : null;
}

/** Term and user descriptions are plain text with line breaks, as WordPress stores them. */
function wrapParagraphs(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.trim()}</p>`)
    .join('\n');
}
