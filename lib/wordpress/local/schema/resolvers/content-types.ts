import { filterPosts } from '../post-filters';
import { paginate, toGlobalId, type ConnectionArgs } from '../relay';
import type { LocalSite } from '../site/local-site';
import { comparePosts } from '../site/ordering';
import { isEditor, type LocalGraphQLContext } from '../visibility';

/** A post type as the ContentType node presents it. */
export interface ContentTypeNode {
  kind: 'contentType';
  name: string;
  label: string;
  singleName: string;
  pluralName: string;
  isHierarchical: boolean;
  uri: string | null;
  isFrontPage: boolean;
  isPostsPage: boolean;
}

const LABELS: Record<
  string,
  [label: string, single: string, plural: string, hierarchical: boolean]
> = {
  post: ['Posts', 'post', 'posts', false],
  page: ['Pages', 'page', 'pages', true],
  attachment: ['Media', 'mediaItem', 'mediaItems', false],
};

/**
 * The ContentType node of a post type. `post` is the blog: its URI is the home page when posts
 * are on the front, the posts page when one is set, and none otherwise.
 */
export function contentTypeNode(site: LocalSite, name: string): ContentTypeNode {
  const [label, singleName, pluralName, isHierarchical] = LABELS[name] ?? [
    name,
    name,
    `${name}s`,
    false,
  ];
  const isBlog = name === 'post';
  const postsOnFront = site.settings.showOnFront === 'posts' || !site.settings.pageOnFront;
  const postsPage = site.posts.get(site.settings.pageForPosts);
  let uri: string | null = null;
  if (isBlog && postsOnFront) uri = '/';
  else if (isBlog && postsPage) uri = postsPage.uri;
  return {
    kind: 'contentType',
    name,
    label,
    singleName,
    pluralName,
    isHierarchical,
    uri,
    isFrontPage: isBlog && postsOnFront,
    isPostsPage: isBlog && (postsOnFront || !!postsPage),
  };
}

/** Resolvers of the ContentType type. */
export const contentTypeResolvers = (site: LocalSite) => ({
  ContentType: {
    contentNodes: (node: ContentTypeNode, args: ConnectionArgs, context: LocalGraphQLContext) =>
      paginate(
        filterPosts(site, site.postsByType.get(node.name) ?? [], null, isEditor(context)),
        args,
        (post) => post.id,
        { locate: (id) => site.posts.get(id), compare: comparePosts },
      ),
    id: (node: ContentTypeNode) => toGlobalId('post_type', node.name),
    name: (node: ContentTypeNode) => node.name,
    label: (node: ContentTypeNode) => node.label,
    description: () => null,
    graphqlSingleName: (node: ContentTypeNode) => node.singleName,
    graphqlPluralName: (node: ContentTypeNode) => node.pluralName,
    hierarchical: (node: ContentTypeNode) => node.isHierarchical,
    hasArchive: () => false,
    uri: (node: ContentTypeNode) => node.uri,
    isFrontPage: (node: ContentTypeNode) => node.isFrontPage,
    isPostsPage: (node: ContentTypeNode) => node.isPostsPage,
    isComment: () => false,
    isContentNode: () => false,
    isTermNode: () => false,
    isRestricted: () => false,
  },
});
