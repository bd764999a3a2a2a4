import { paginate, toGlobalId, type ConnectionArgs } from '../relay';
import type { LocalSite } from '../site/local-site';
import type { SiteMenuItem, SiteTerm } from '../site/types';
import { canSeeMenu, isEditor, type LocalGraphQLContext } from '../visibility';

/** The `where` of menu item connections. */
export interface MenuItemWhere {
  id?: number | null;
  location?: string | null;
  parentDatabaseId?: number | null;
  parentId?: string | null;
}

type ItemArgs = ConnectionArgs & { where?: MenuItemWhere | null };

/** Menu items the viewer may see, narrowed by `where`, in menu order. */
export function visibleMenuItems(
  site: LocalSite,
  list: readonly SiteMenuItem[],
  where: MenuItemWhere | null | undefined,
  context: LocalGraphQLContext,
): SiteMenuItem[] {
  const locationMenu = where?.location ? site.menuAtLocation.get(where.location) : undefined;
  if (where?.location && locationMenu === undefined) return [];
  const parentId = where?.parentId
    ? Number(Buffer.from(where.parentId, 'base64').toString().split(':')[1])
    : undefined;
  return list.filter(
    (item) =>
      canSeeMenu(site, item.menuId, isEditor(context)) &&
      (locationMenu === undefined || item.menuId === locationMenu) &&
      (!where?.id || item.id === where.id) &&
      (where?.parentDatabaseId == null || item.parentId === where.parentDatabaseId) &&
      (parentId === undefined || item.parentId === parentId),
  );
}

/** Resolvers of Menu and MenuItem. */
export function menuResolvers(site: LocalSite) {
  const items = (list: readonly SiteMenuItem[], args: ItemArgs, context: LocalGraphQLContext) =>
    paginate(visibleMenuItems(site, list, args.where, context), args, (item) => item.id);
  const nullIfEmpty = (text: string) => (text === '' ? null : text);
  const toPath = (url: string) =>
    url.startsWith(`${site.siteUrl}/`) ? url.slice(site.siteUrl.length) : nullIfEmpty(url);

  return {
    Menu: {
      id: (menu: SiteTerm) => toGlobalId('term', menu.id),
      databaseId: (menu: SiteTerm) => menu.id,
      name: (menu: SiteTerm) => menu.name,
      slug: (menu: SiteTerm) => menu.slug,
      count: (menu: SiteTerm) => menu.count || null,
      isRestricted: () => false,
      locations: (menu: SiteTerm) => site.locationsOfMenu.get(menu.id) ?? null,
      menuItems: (menu: SiteTerm, args: ItemArgs, context: LocalGraphQLContext) =>
        items(site.menuItemsOf.get(menu.id) ?? [], args, context),
    },
    MenuItem: {
      id: (item: SiteMenuItem) => toGlobalId('post', item.id),
      databaseId: (item: SiteMenuItem) => item.id,
      label: (item: SiteMenuItem) => item.label,
      url: (item: SiteMenuItem) => nullIfEmpty(item.url),
      uri: (item: SiteMenuItem) => toPath(item.url),
      path: (item: SiteMenuItem) => toPath(item.url),
      target: (item: SiteMenuItem) => nullIfEmpty(item.target),
      title: (item: SiteMenuItem) => nullIfEmpty(item.attrTitle),
      description: (item: SiteMenuItem) => nullIfEmpty(item.description),
      cssClasses: (item: SiteMenuItem) => item.cssClasses,
      linkRelationship: (item: SiteMenuItem) => nullIfEmpty(item.xfn),
      order: (item: SiteMenuItem) => item.order,
      parentDatabaseId: (item: SiteMenuItem) => item.parentId,
      parentId: (item: SiteMenuItem) => (item.parentId ? toGlobalId('post', item.parentId) : null),
      isRestricted: () => false,
      locations: (item: SiteMenuItem) => site.locationsOfMenu.get(item.menuId) ?? null,
      menu: (item: SiteMenuItem) => {
        const menu = site.terms.get(item.menuId);
        return menu ? { node: menu } : null;
      },
      connectedNode: (item: SiteMenuItem) => {
        const node =
          item.objectType === 'post_type'
            ? site.posts.get(item.objectId)
            : item.objectType === 'taxonomy'
              ? site.terms.get(item.objectId)
              : undefined;
        return node && node.uri ? { node } : null;
      },
      childItems: (item: SiteMenuItem, args: ItemArgs, context: LocalGraphQLContext) =>
        items(
          (site.menuItemsOf.get(item.menuId) ?? []).filter((child) => child.parentId === item.id),
          args,
          context,
        ),
    },
  };
}
