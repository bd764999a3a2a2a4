import type { PorticoSettings } from './types';
import { attribute, childText, children, textOf, type XmlNode } from './xml-node';

/** The namespace URI of Portico's WXR extension (see README.md). */
export const PORTICO_NAMESPACE = 'https://portico.dev/wxr/1.0';

/** What a stock WordPress has after an import: posts on the front, 10 per page, no menus placed. */
export const DEFAULT_SETTINGS: PorticoSettings = {
  showOnFront: 'posts',
  pageOnFront: 0,
  pageForPosts: 0,
  pageForPrivacyPolicy: 0,
  postsPerPage: 10,
  menuLocations: {},
};

/**
 * Reads the `portico:` settings of a channel. The prefix is whatever the file binds to
 * PORTICO_NAMESPACE on `<rss>`; without that binding the file carries no settings.
 */
export function readPorticoSettings(rss: XmlNode, channel: XmlNode): PorticoSettings {
  const prefix = prefixOf(rss);
  if (!prefix) return { ...DEFAULT_SETTINGS, menuLocations: {} };
  const read = (name: string) => childText(channel, `${prefix}:${name}`);

  const menuLocations: Record<string, string> = {};
  for (const node of children(channel, `${prefix}:menu_location`)) {
    const location = attribute(node, 'location');
    if (location) menuLocations[location] = textOf(node);
  }
  return {
    showOnFront: read('show_on_front') === 'page' ? 'page' : 'posts',
    pageOnFront: toId(read('page_on_front')),
    pageForPosts: toId(read('page_for_posts')),
    pageForPrivacyPolicy: toId(read('page_for_privacy_policy')),
    postsPerPage: toId(read('posts_per_page')) || DEFAULT_SETTINGS.postsPerPage,
    menuLocations,
  };
}

function prefixOf(rss: XmlNode): string | undefined {
  for (const [key, value] of Object.entries(rss)) {
    if (key.startsWith('@_xmlns:') && value === PORTICO_NAMESPACE)
      return key.slice('@_xmlns:'.length);
  }
  return undefined;
}

function toId(text: string): number {
  const value = Number.parseInt(text, 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}
