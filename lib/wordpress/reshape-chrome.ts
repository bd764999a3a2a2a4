import type { MenuTreeFragment, SiteChromeFragment } from '@/graphql/generated/graphql';

import { decodeHtmlText } from './html/decode';
import type { MenuLink, SiteChrome } from './types';

type MenuItemNode = NonNullable<MenuTreeFragment['menuItems']>['nodes'][number];

/** Settings and menus of a NodeByUri answer, with menu items nested and links made local. */
export function reshapeChrome(data: SiteChromeFragment, siteOrigin: string): SiteChrome {
  const settings = data.generalSettings;
  const wordpressOrigin = toOrigin(settings?.url) ?? siteOrigin;
  return {
    title: decodeHtmlText(settings?.title ?? ''),
    tagline: decodeHtmlText(settings?.description ?? ''),
    language: (settings?.language ?? 'en-US').replace('_', '-'),
    wordpressOrigin,
    primaryMenu: nestMenu(data.primaryMenu?.menuItems?.nodes ?? [], wordpressOrigin),
    footerMenu: nestMenu(data.footerMenu?.menuItems?.nodes ?? [], wordpressOrigin),
  };
}

/** Turns WPGraphQL's flat menu item list into a tree, keeping WordPress's order. */
export function nestMenu(items: MenuItemNode[], wordpressOrigin: string): MenuLink[] {
  const sorted = [...items].sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const links = new Map<number, MenuLink>();
  for (const item of sorted) links.set(item.databaseId, toMenuLink(item, wordpressOrigin));

  const roots: MenuLink[] = [];
  for (const item of sorted) {
    const link = links.get(item.databaseId);
    if (!link) continue;
    const parent = item.parentDatabaseId ? links.get(item.parentDatabaseId) : undefined;
    (parent ? parent.children : roots).push(link);
  }
  return roots;
}

function toMenuLink(item: MenuItemNode, wordpressOrigin: string): MenuLink {
  const href = toSiteHref(item.url ?? item.path ?? '/', wordpressOrigin);
  return {
    id: item.id,
    label: decodeHtmlText(item.label ?? item.title ?? ''),
    href,
    isExternal: /^https?:\/\//.test(href),
    opensInNewTab: item.target === '_blank',
    children: [],
  };
}

/** A URL on the WordPress origin becomes a site path; any other URL stays as it is. */
export function toSiteHref(url: string, wordpressOrigin: string): string {
  try {
    const parsed = new URL(url, wordpressOrigin);
    if (parsed.origin !== wordpressOrigin) return parsed.href;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return url;
  }
}

function toOrigin(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
