import { renderTheContent, renderTheExcerpt } from '../../render';
import { paginate, toGlobalId, type ConnectionArgs } from '../relay';
import { mimeTypeOf, renderContextFor } from '../render-context';
import { metaOf } from '../site/import-posts';
import { compareTerms } from '../site/ordering';
import type { LocalSite } from '../site/local-site';
import { renderTitle, toGraphqlDate } from '../site/text';
import type { SitePost } from '../site/types';
import {
  canSeePost,
  canSeeUser,
  isEditor,
  isRestrictedPost,
  type LocalGraphQLContext,
} from '../visibility';
import { contentTypeNode } from './content-types';

type Resolver = (
  post: SitePost,
  args: Record<string, unknown>,
  context: LocalGraphQLContext,
) => unknown;
type Format = { format?: 'RAW' | 'RENDERED' | null };

/**
 * Resolvers for Post, Page and MediaItem. Password-protected posts are restricted for
 * anonymous viewers: only identity fields answer, the rest are null, and a non-null field
 * such as `isSticky` fails as WPGraphQL's does ("Internal server error").
 */
export function contentNodeResolvers(site: LocalSite): Record<string, Record<string, Resolver>> {
  const common = commonFields(site);
  return {
    Post: {
      ...common,
      ...withExcerpt(site),
      isSticky: (post, _args, context) => {
        if (isRestrictedPost(post, isEditor(context))) throw new Error('Internal server error');
        return post.isSticky;
      },
      categories: (post, args) => termConnection(site, post.categoryIds, args),
      tags: (post, args) => termConnection(site, post.tagIds, args),
    },
    Page: {
      ...common,
      ...hierarchyFields(site),
      isPrivacyPage: (post) => post.id === site.settings.pageForPrivacyPolicy,
      menuOrder: (post) => post.menuOrder || null,
    },
    MediaItem: {
      ...common,
      ...hierarchyFields(site),
      altText: (post) => metaOf(post.source, '_wp_attachment_image_alt'),
      caption: (post, args, context) =>
        restricted(post, context) ??
        emptyAsNull(renderTheExcerpt(post.excerpt, post.content, renderContextFor(site, post))),
      description: (post, args, context) =>
        restricted(post, context) ??
        emptyAsNull(renderTheContent(post.content, renderContextFor(site, post))),
      mediaDetails: (post) => post.source.attachmentMetadata ?? null,
      mediaItemUrl: (post) => post.source.attachmentUrl ?? null,
      mediaType: (post) =>
        mimeTypeOf(post.source.attachmentUrl ?? '').startsWith('image/') ? 'image' : 'file',
      mimeType: (post) => mimeTypeOf(post.source.attachmentUrl ?? ''),
      sourceUrl: (post, args) => sourceUrl(post, args.size as string | undefined),
    },
  };
}

function commonFields(site: LocalSite): Record<string, Resolver> {
  const hidden =
    (resolve: Resolver): Resolver =>
    (post, args, context) =>
      isRestrictedPost(post, isEditor(context)) ? null : resolve(post, args, context);
  const frontPageId = site.frontPageId;
  return {
    id: (post) => toGlobalId('post', post.id),
    databaseId: (post) => post.id,
    uri: (post) => post.uri,
    link: (post) => `${site.siteUrl}${post.uri}`,
    slug: (post) => post.slug || null,
    status: (post) => post.status,
    guid: hidden((post) => post.guid || null),
    title: (post, args: Format) =>
      args.format === 'RAW' ? raw(post.title) : renderTitle(post.title),
    content: hidden((post, args: Format, context) =>
      args.format === 'RAW'
        ? editorOnly(post.content, context)
        : emptyAsNull(renderTheContent(post.content, renderContextFor(site, post))),
    ),
    date: hidden((post) => toGraphqlDate(post.date)),
    dateGmt: hidden((post) => toGraphqlDate(post.dateGmt)),
    // The importer stores no modification time of its own: a new post's modified is its date.
    modified: hidden((post) => toGraphqlDate(post.date)),
    modifiedGmt: hidden((post) => toGraphqlDate(post.dateGmt)),
    contentTypeName: (post) => post.type,
    contentType: (post) => ({ node: contentTypeNode(site, post.type) }),
    isContentNode: () => true,
    isTermNode: () => false,
    isComment: () => false,
    isPreview: () => false,
    isRestricted: (post, _args, context) => isRestrictedPost(post, isEditor(context)),
    hasPassword: (post) => post.password !== '',
    password: (post, _args, context) => (isEditor(context) ? post.password || null : null),
    isFrontPage: (post) => post.type === 'page' && post.id === frontPageId,
    isPostsPage: (post) =>
      post.type === 'page' && post.id === site.settings.pageForPosts && post.id > 0,
    commentCount: hidden((post) => post.commentCount),
    commentStatus: hidden((post) => post.commentStatus || null),
    author: hidden((post, _args, context) => {
      const user = site.users.get(post.authorId);
      return user && canSeeUser(site, user, isEditor(context)) ? { node: user } : null;
    }),
    authorDatabaseId: hidden((post) => post.authorId || null),
    authorId: hidden((post) => (post.authorId ? toGlobalId('user', post.authorId) : null)),
    featuredImage: hidden((post, _args, context) => {
      const image = site.posts.get(post.thumbnailId);
      return image && canSeePost(site, image, isEditor(context)) ? { node: image } : null;
    }),
    featuredImageDatabaseId: hidden((post) => post.thumbnailId || null),
    featuredImageId: hidden((post) =>
      post.thumbnailId ? toGlobalId('post', post.thumbnailId) : null,
    ),
  };
}

function withExcerpt(site: LocalSite): Record<string, Resolver> {
  return {
    excerpt: (post, args: Format, context) => {
      if (isRestrictedPost(post, isEditor(context))) return null;
      if (args.format === 'RAW') return editorOnly(post.excerpt, context);
      return renderTheExcerpt(post.excerpt, post.content, renderContextFor(site, post));
    },
  };
}

function hierarchyFields(site: LocalSite): Record<string, Resolver> {
  const visibleParent = (post: SitePost, context: LocalGraphQLContext) => {
    const parent = site.posts.get(post.parentId);
    return parent && canSeePost(site, parent, isEditor(context)) ? parent : undefined;
  };
  return {
    parentDatabaseId: (post) => post.parentId || null,
    parentId: (post) => (post.parentId ? toGlobalId('post', post.parentId) : null),
    parent: (post, _args, context) => {
      const parent = visibleParent(post, context);
      return parent ? { node: parent } : null;
    },
    ancestors: (post, args, context) => {
      const ancestors: SitePost[] = [];
      for (let parent = visibleParent(post, context); parent && !ancestors.includes(parent);) {
        ancestors.push(parent);
        parent = visibleParent(parent, context);
      }
      return ancestors.length ? paginate(ancestors, args as ConnectionArgs, (p) => p.id) : null;
    },
    children: (post, args, context) => {
      const children = (site.childrenOf.get(post.id) ?? []).filter(
        (child) => child.type === post.type && canSeePost(site, child, isEditor(context)),
      );
      return paginate(children, args as ConnectionArgs, (child) => child.id);
    },
  };
}

function termConnection(site: LocalSite, ids: number[], args: Record<string, unknown>) {
  const terms = ids.flatMap((id) => site.terms.get(id) ?? []).sort(compareTerms);
  return paginate(terms, args as ConnectionArgs, (term) => term.id);
}

function sourceUrl(post: SitePost, size: string | undefined): string | null {
  const url = post.source.attachmentUrl ?? null;
  if (!url || !size) return url;
  const name = size.toLowerCase().replace(/^_/, '');
  const file = post.source.attachmentMetadata?.sizes[name]?.file;
  return file ? url.replace(/[^/]+$/, file) : url;
}

function restricted(post: SitePost, context: LocalGraphQLContext): null | undefined {
  return isRestrictedPost(post, isEditor(context)) ? null : undefined;
}

function raw(text: string): string | null {
  return text === '' ? null : text;
}

function editorOnly(text: string, context: LocalGraphQLContext): string | null {
  return isEditor(context) ? text : null;
}

function emptyAsNull(text: string): string | null {
  return text.trim() === '' ? null : text;
}
