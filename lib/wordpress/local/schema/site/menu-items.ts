import { phpUnserialize } from '../../wxr';

import type { ImportedMenuItem } from './import-posts';
import { trimWords } from './text';
import type { SiteMenuItem, SitePost, SiteTerm } from './types';

interface MenuTargets {
  siteUrl: string;
  posts: Map<number, SitePost>;
  terms: Map<number, SiteTerm>;
}

/**
 * A stored menu item as wp_setup_nav_menu_item presents it: the label falls back to the linked
 * object's title, and a link to a missing object becomes `#ID (no title)` with no URL.
 */
export function setUpMenuItem(item: ImportedMenuItem, site: MenuTargets): SiteMenuItem {
  let url = item.url;
  let originalTitle = '';
  if (item.type === 'post_type') {
    const post = site.posts.get(item.objectId);
    const isValid = post && post.status !== 'trash';
    url = isValid ? `${site.siteUrl}${post.uri}` : '';
    originalTitle = isValid ? post.title : '';
  } else if (item.type === 'taxonomy') {
    const term = site.terms.get(item.objectId);
    const isValid = term && term.taxonomy === item.object;
    url = isValid ? `${site.siteUrl}${term.uri}` : '';
    originalTitle = isValid ? term.name : '';
  }
  if (item.type !== 'custom' && originalTitle === '')
    originalTitle = `#${item.objectId} (no title)`;

  return {
    id: item.id,
    menuId: item.menuId,
    parentId: item.parentId,
    order: item.order,
    label: item.title !== '' ? item.title : originalTitle,
    url,
    target: item.target,
    attrTitle: item.attrTitle,
    description: trimWords(item.description),
    cssClasses: classesOf(item.classes),
    xfn: item.xfn,
    objectType: item.type,
    objectId: item.objectId,
  };
}

function classesOf(stored: string): string[] {
  const value = stored.startsWith('a:') ? phpUnserialize(stored) : stored;
  const list =
    typeof value === 'object' && value !== null
      ? Object.values(value).map(String)
      : String(value ?? '').split(' ');
  return list.map((name) => name.trim()).filter(Boolean);
}
