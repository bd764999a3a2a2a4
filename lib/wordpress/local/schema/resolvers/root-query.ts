import { decode } from 'html-entities';

import { filterPosts, toIds, type PostWhere } from '../post-filters';
import { fromGlobalId, paginate, type ConnectionArgs } from '../relay';
import type { LocalSite } from '../site/local-site';
import { comparePosts, compareTerms } from '../site/ordering';
import type { SiteTerm, SiteUser } from '../site/types';
import {
  canSeeMenu,
  canSeePost,
  canSeeUser,
  isEditor,
  type LocalGraphQLContext,
} from '../visibility';
import { contentTypeNode } from './content-types';
import { visibleMenuItems, type MenuItemWhere } from './menus';
import { resolveUri } from './node-by-uri';
import { findById } from './single-nodes';

type Args<W> = ConnectionArgs & { where?: W | null };
type Ctx = LocalGraphQLContext;

interface TermWhere {
  exclude?: (string | null)[] | null;
  include?: (string | null)[] | null;
  hideEmpty?: boolean | null;
  parent?: number | null;
  search?: string | null;
  slug?: (string | null)[] | null;
}

interface UserWhere {
  exclude?: (number | null)[] | null;
  include?: (number | null)[] | null;
  login?: string | null;
  nicename?: string | null;
  search?: string | null;
}

/** Resolvers of RootQuery. */
export function rootQueryResolvers(site: LocalSite) {
  const postConnection = (type: string, args: Args<PostWhere>, context: Ctx) =>
    paginate(
      filterPosts(site, site.postsByType.get(type) ?? [], args.where, isEditor(context)),
      args,
      idOf,
      {
        locate: (id) => site.posts.get(id),
        compare: comparePosts,
      },
    );
  const termConnection = (taxonomy: string, args: Args<TermWhere>) =>
    paginate(filterTerms(site.termsByTaxonomy.get(taxonomy) ?? [], args.where), args, idOf, {
      locate: (id) => site.terms.get(id),
      compare: compareTerms,
    });

  return {
    RootQuery: {
      nodeByUri: (_: unknown, args: { uri: string }, context: Ctx) =>
        resolveUri(site, args.uri, isEditor(context)),
      node: (_: unknown, args: { id?: string | null }, context: Ctx) =>
        nodeByGlobalId(args.id, context),
      // `asPreview` asks for the latest autosave revision; exports carry none, so an editor's
      // preview of a node is the node itself.
      contentNode: (
        _: unknown,
        args: SingleArgs & { contentType?: string | null; asPreview?: boolean | null },
        context: Ctx,
      ) => {
        const node = findById(site, 'content', args, isEditor(context));
        const isOfType =
          node &&
          'source' in node &&
          (!args.contentType || args.contentType.toLowerCase() === node.type);
        return isOfType ? node : null;
      },
      post: (_: unknown, args: SingleArgs, context: Ctx) =>
        findById(site, 'post', args, isEditor(context)),
      page: (_: unknown, args: SingleArgs, context: Ctx) =>
        findById(site, 'page', args, isEditor(context)),
      mediaItem: (_: unknown, args: SingleArgs, context: Ctx) =>
        findById(site, 'attachment', args, isEditor(context)),
      category: (_: unknown, args: SingleArgs) => findById(site, 'category', args, false),
      tag: (_: unknown, args: SingleArgs) => findById(site, 'post_tag', args, false),
      user: (_: unknown, args: SingleArgs, context: Ctx) =>
        findById(site, 'user', args, isEditor(context)),
      menu: (_: unknown, args: SingleArgs, context: Ctx) =>
        findById(site, 'menu', args, isEditor(context)),
      menuItem: (_: unknown, args: SingleArgs, context: Ctx) =>
        findById(site, 'menuItem', args, isEditor(context)),

      posts: (_: unknown, args: Args<PostWhere>, context: Ctx) =>
        postConnection('post', args, context),
      pages: (_: unknown, args: Args<PostWhere>, context: Ctx) =>
        postConnection('page', args, context),
      categories: (_: unknown, args: Args<TermWhere>) => termConnection('category', args),
      tags: (_: unknown, args: Args<TermWhere>) => termConnection('post_tag', args),
      users: (_: unknown, args: Args<UserWhere>, context: Ctx) =>
        paginate(filterUsers([...site.users.values()], args.where, context), args, idOf),
      menus: (
        _: unknown,
        args: Args<{ id?: number | null; location?: string | null; slug?: string | null }>,
        context: Ctx,
      ) => {
        const where = args.where;
        const menus = (site.termsByTaxonomy.get('nav_menu') ?? []).filter(
          (menu) =>
            canSeeMenu(site, menu.id, isEditor(context)) &&
            (!where?.id || menu.id === where.id) &&
            (!where?.slug || menu.slug === where.slug) &&
            (!where?.location || site.menuAtLocation.get(where.location) === menu.id),
        );
        return paginate(menus, args, idOf);
      },
      menuItems: (_: unknown, args: Args<MenuItemWhere>, context: Ctx) =>
        paginate(visibleMenuItems(site, site.menuItemList, args.where, context), args, idOf),

      generalSettings: () => ({
        title: decode(site.site.title),
        description: decode(site.site.description),
        url: site.siteUrl,
        language: toLocale(site.site.language),
        dateFormat: 'F j, Y',
        timeFormat: 'g:i a',
        startOfWeek: 1,
      }),
      readingSettings: () => ({
        postsPerPage: site.settings.postsPerPage,
        showOnFront: site.settings.showOnFront,
        pageOnFront: site.settings.pageOnFront,
        pageForPosts: site.settings.pageForPosts,
      }),
    },
  };

  function nodeByGlobalId(id: string | null | undefined, context: Ctx) {
    const parsed = id ? fromGlobalId(id) : undefined;
    if (!parsed) return null;
    const editor = isEditor(context);
    const numeric = Number(parsed.id);
    switch (parsed.type) {
      case 'post': {
        const post = site.posts.get(numeric);
        if (post) return canSeePost(site, post, editor) ? post : null;
        const item = site.menuItems.get(numeric);
        return item && canSeeMenu(site, item.menuId, editor) ? item : null;
      }
      case 'term': {
        const term = site.terms.get(numeric);
        if (term?.taxonomy === 'nav_menu') return canSeeMenu(site, term.id, editor) ? term : null;
        return term && (term.taxonomy === 'category' || term.taxonomy === 'post_tag') ? term : null;
      }
      case 'user': {
        const user = site.users.get(numeric);
        return user && canSeeUser(site, user, editor) ? user : null;
      }
      case 'post_type':
        return ['post', 'page', 'attachment'].includes(parsed.id)
          ? contentTypeNode(site, parsed.id)
          : null;
      default:
        return null;
    }
  }

  function filterUsers(
    users: SiteUser[],
    where: UserWhere | null | undefined,
    context: Ctx,
  ): SiteUser[] {
    const include = where?.include ? new Set(where.include) : undefined;
    const exclude = new Set(where?.exclude ?? []);
    const search = where?.search?.toLowerCase().replaceAll('*', '');
    return users
      .filter(
        (user) =>
          canSeeUser(site, user, isEditor(context)) &&
          (!include || include.has(user.id)) &&
          !exclude.has(user.id) &&
          (!where?.login || user.login === where.login) &&
          (!where?.nicename || user.nicename === where.nicename) &&
          (!search ||
            `${user.login} ${user.nicename} ${user.displayName}`.toLowerCase().includes(search)),
      )
      .sort((a, b) => (a.login < b.login ? -1 : a.login > b.login ? 1 : 0));
  }
}

/** The `id`/`idType` pair of the single-node root fields. */
export interface SingleArgs {
  id: string;
  idType?: string | null;
}

function filterTerms(terms: readonly SiteTerm[], where: TermWhere | null | undefined): SiteTerm[] {
  if (!where) return [...terms];
  const include = where.include ? toIds(where.include) : undefined;
  const exclude = toIds(where.exclude ?? []);
  const slugs = where.slug ? new Set(where.slug) : undefined;
  const search = where.search?.toLowerCase();
  return terms.filter(
    (term) =>
      (!include || include.has(term.id)) &&
      !exclude.has(term.id) &&
      (!where.hideEmpty || term.count > 0) &&
      (where.parent == null || term.parentId === where.parent) &&
      (!slugs || slugs.has(term.slug)) &&
      (!search || term.name.toLowerCase().includes(search) || term.slug.includes(search)),
  );
}

function idOf(node: { id: number }): number {
  return node.id;
}

function toLocale(language: string): string {
  if (!language || language === 'en') return 'en_US';
  const [lang = '', region] = language.split(/[-_]/);
  return region ? `${lang.toLowerCase()}_${region.toUpperCase()}` : lang.toLowerCase();
}
