import { filterPosts, type PostWhere } from '../post-filters';
import { paginate, toGlobalId, type ConnectionArgs } from '../relay';
import type { LocalSite } from '../site/local-site';
import { comparePosts } from '../site/ordering';
import { plainOrNull } from '../site/text';
import type { SiteTerm, SiteUser } from '../site/types';
import { canSeePost, isEditor, type LocalGraphQLContext } from '../visibility';

type Args = ConnectionArgs & { where?: PostWhere | null };

/** Resolvers of Category, Tag and User. */
export function termAndUserResolvers(site: LocalSite) {
  const connection = (posts: ReturnType<typeof filterPosts>, args: Args) =>
    paginate(posts, args, (post) => post.id, {
      locate: (id) => site.posts.get(id),
      compare: comparePosts,
    });

  const termFields = {
    id: (term: SiteTerm) => toGlobalId('term', term.id),
    databaseId: (term: SiteTerm) => term.id,
    name: (term: SiteTerm) => plainOrNull(term.name),
    slug: (term: SiteTerm) => term.slug,
    description: (term: SiteTerm) => plainOrNull(term.description),
    count: (term: SiteTerm) => term.count || null,
    uri: (term: SiteTerm) => term.uri,
    link: (term: SiteTerm) => `${site.siteUrl}${term.uri}`,
    taxonomyName: (term: SiteTerm) => term.taxonomy,
    isRestricted: () => false,
    isComment: () => false,
    isContentNode: () => false,
    isTermNode: () => true,
    isFrontPage: () => false,
    isPostsPage: () => false,
    posts: (term: SiteTerm, args: Args, context: LocalGraphQLContext) => {
      const posts = (site.termPosts.get(term.id) ?? []).filter((post) => post.type === 'post');
      return connection(filterPosts(site, posts, args.where, isEditor(context)), args);
    },
  };

  const categoryChildren = (term: SiteTerm) =>
    (site.termsByTaxonomy.get('category') ?? []).filter((child) => child.parentId === term.id);

  return {
    Category: {
      ...termFields,
      parentDatabaseId: (term: SiteTerm) => term.parentId || null,
      parentId: (term: SiteTerm) => (term.parentId ? toGlobalId('term', term.parentId) : null),
      parent: (term: SiteTerm) => {
        const parent = site.terms.get(term.parentId);
        return parent ? { node: parent } : null;
      },
      ancestors: (term: SiteTerm, args: ConnectionArgs) => {
        const ancestors: SiteTerm[] = [];
        for (let parent = site.terms.get(term.parentId); parent && !ancestors.includes(parent);) {
          ancestors.push(parent);
          parent = site.terms.get(parent.parentId);
        }
        return ancestors.length ? paginate(ancestors, args, (t) => t.id) : null;
      },
      children: (term: SiteTerm, args: ConnectionArgs) =>
        paginate(categoryChildren(term), args, (t) => t.id),
    },
    Tag: termFields,
    User: {
      id: (user: SiteUser) => toGlobalId('user', user.id),
      databaseId: (user: SiteUser) => user.id,
      name: (user: SiteUser) => plainOrNull(user.displayName),
      slug: (user: SiteUser) => user.nicename,
      uri: (user: SiteUser) => user.uri,
      description: () => null,
      url: () => null,
      firstName: (user: SiteUser) => plainOrNull(user.firstName),
      lastName: (user: SiteUser) => plainOrNull(user.lastName),
      nicename: (user: SiteUser, _args: unknown, context: LocalGraphQLContext) =>
        isEditor(context) ? user.nicename : null,
      isRestricted: () => false,
      isComment: () => false,
      isContentNode: () => false,
      isTermNode: () => false,
      isFrontPage: () => false,
      isPostsPage: () => false,
      posts: (user: SiteUser, args: Args, context: LocalGraphQLContext) =>
        connection(userPostsOfType(user, 'post', args, context), args),
      pages: (user: SiteUser, args: Args, context: LocalGraphQLContext) =>
        connection(userPostsOfType(user, 'page', args, context), args),
    },
  };

  function userPostsOfType(user: SiteUser, type: string, args: Args, context: LocalGraphQLContext) {
    const posts = (site.userPosts.get(user.id) ?? []).filter(
      (post) => post.type === type && canSeePost(site, post, isEditor(context)),
    );
    return filterPosts(site, posts, args.where, isEditor(context));
  }
}
