import type { WxrItem } from '../../wxr';

/** A post, page or attachment as the imported site holds it (ids after the import). */
export interface SitePost {
  id: number;
  type: string;
  /** Effective status after import (publish with a future date becomes future, and back). */
  status: string;
  title: string;
  /** post_name decoded for display and URIs; empty for drafts that never had one. */
  slug: string;
  date: string;
  dateGmt: string;
  authorId: number;
  parentId: number;
  menuOrder: number;
  password: string;
  isSticky: boolean;
  commentStatus: string;
  commentCount: number;
  content: string;
  excerpt: string;
  guid: string;
  categoryIds: number[];
  tagIds: number[];
  thumbnailId: number;
  /** Path below the site URL (`/2013/01/09/slug/`, `/about/child/`, `/?p=12` for drafts). */
  uri: string;
  source: WxrItem;
}

/** A category, tag, nav menu or other term, with the id the importer would assign. */
export interface SiteTerm {
  id: number;
  taxonomy: string;
  slug: string;
  name: string;
  description: string;
  parentId: number;
  /** Published objects filed under the term (what WordPress keeps in term_taxonomy.count). */
  count: number;
  uri: string;
}

/** A user created for an export author. */
export interface SiteUser {
  id: number;
  login: string;
  nicename: string;
  displayName: string;
  firstName: string;
  lastName: string;
  email: string;
  uri: string;
}

/** A nav menu item after wp_setup_nav_menu_item. */
export interface SiteMenuItem {
  id: number;
  menuId: number;
  parentId: number;
  order: number;
  label: string;
  /** Empty when the linked object is missing. */
  url: string;
  target: string;
  attrTitle: string;
  description: string;
  cssClasses: string[];
  xfn: string;
  objectType: 'post_type' | 'taxonomy' | 'custom' | string;
  objectId: number;
}
