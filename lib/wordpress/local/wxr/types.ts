/** The channel facts of an export: the site it came from. */
export interface WxrSite {
  title: string;
  link: string;
  description: string;
  /** As exported (`en`, `en-US`); WordPress's locale is derived from it. */
  language: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

/** A `<wp:author>`; WXR carries no user id for most exporters, so `id` is often absent. */
export interface WxrAuthor {
  id?: number;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

/** A `<wp:category>`, `<wp:tag>` or `<wp:term>`, with the export's own term id. */
export interface WxrTerm {
  termId: number;
  taxonomy: string;
  slug: string;
  /** The parent's slug, empty for a top-level term. */
  parentSlug: string;
  name: string;
  description: string;
}

/** Post statuses WordPress knows; anything else in a file is kept as a string. */
export type WxrPostStatus =
  'publish' | 'draft' | 'pending' | 'private' | 'future' | 'trash' | 'auto-draft' | 'inherit';

/** A term an item is filed under (`<category domain=… nicename=…>`). */
export interface WxrItemTerm {
  taxonomy: string;
  slug: string;
  name: string;
}

/** One `<wp:postmeta>`; keys may repeat, so meta is kept as a list. */
export interface WxrMeta {
  key: string;
  value: string;
}

/** One `<wp:comment>`, kept for counts (the embedded site serves no comments yet). */
export interface WxrComment {
  id: number;
  parentId: number;
  approved: string;
  type: string;
  authorName: string;
  date: string;
  dateGmt: string;
  content: string;
}

/** What `_wp_attachment_metadata` tells about an image, when the item has it. */
export interface WxrAttachmentMetadata {
  width?: number;
  height?: number;
  file?: string;
  sizes: Record<string, { file: string; width?: number; height?: number; mimeType?: string }>;
}

/** An `<item>` of any post type: post, page, attachment, nav_menu_item, wp_navigation, … */
export interface WxrItem {
  id: number;
  type: string;
  title: string;
  link: string;
  guid: string;
  /** post_name as exported (may be percent-encoded, may be empty for drafts). */
  slug: string;
  status: WxrPostStatus | (string & {});
  /** Site-local `YYYY-MM-DD HH:MM:SS`, as WordPress stores it. */
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  authorLogin: string;
  parentId: number;
  menuOrder: number;
  password: string;
  isSticky: boolean;
  commentStatus: string;
  content: string;
  excerpt: string;
  terms: WxrItemTerm[];
  meta: WxrMeta[];
  comments: WxrComment[];
  attachmentUrl?: string;
  attachmentMetadata?: WxrAttachmentMetadata;
}

/** WordPress options the export format does not carry, from the `portico:` extension. */
export interface PorticoSettings {
  showOnFront: 'posts' | 'page';
  pageOnFront: number;
  pageForPosts: number;
  pageForPrivacyPolicy: number;
  postsPerPage: number;
  /** Location name (as a theme registers it, e.g. `primary`) to nav_menu term slug. */
  menuLocations: Record<string, string>;
}

/** A parsed WordPress export (WXR 1.0–1.2). */
export interface WxrDocument {
  fileName: string;
  wxrVersion: string;
  site: WxrSite;
  authors: WxrAuthor[];
  categories: WxrTerm[];
  tags: WxrTerm[];
  /** `<wp:term>` entries: nav menus, post formats, custom taxonomies (and repeats). */
  terms: WxrTerm[];
  items: WxrItem[];
  settings: PorticoSettings;
}
