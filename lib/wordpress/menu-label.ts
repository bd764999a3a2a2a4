import type { MenuLink, SiteChrome } from './types';

/** The label of a menu item that links to `uri`: the primary menu is searched first. */
export function findMenuLabel(chrome: SiteChrome, uri: string): string | undefined {
  return findIn(chrome.primaryMenu, uri) ?? findIn(chrome.footerMenu, uri);
}

function findIn(links: MenuLink[], uri: string): string | undefined {
  for (const link of links) {
    if (!link.isExternal && link.href === uri && link.label) return link.label;
    const nested = findIn(link.children, uri);
    if (nested) return nested;
  }
  return undefined;
}
