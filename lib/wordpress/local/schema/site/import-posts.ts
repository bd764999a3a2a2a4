import type { WxrDocument, WxrItem } from '../../wxr';

import type { TermRegistry } from './import-terms';
import { decodeSlug, slugFromTitle } from './text';
import type { SitePost } from './types';

/** A nav menu item as the importer stores it, before WordPress sets it up for display. */
export interface ImportedMenuItem {
  id: number;
  menuId: number;
  parentId: number;
  order: number;
  type: string;
  object: string;
  objectId: number;
  url: string;
  title: string;
  description: string;
  attrTitle: string;
  target: string;
  classes: string;
  xfn: string;
}

/** What importing the items leaves in the database. */
export interface ImportedPosts {
  posts: SitePost[];
  menuItems: ImportedMenuItem[];
}

interface ImportOptions {
  importAttachments: boolean;
  now: Date;
  userIdOf: (login: string) => number;
}

/**
 * Replays the WordPress importer over the items, in file order: posts keep their export id
 * unless it is taken, nav menu items get fresh auto-increment ids, items whose menu target is
 * not imported yet are retried once at the end, and parents are mapped afterwards.
 */
export function importPosts(
  doc: WxrDocument,
  terms: TermRegistry,
  options: ImportOptions,
): ImportedPosts {
  const posts = new Map<number, SitePost>();
  const processedPosts = new Map<number, number>();
  const processedMenuItems = new Map<number, number>();
  const menuItems: ImportedMenuItem[] = [];
  const orphanMenuItems = new Map<ImportedMenuItem, number>();
  const deferred: WxrItem[] = [];
  const seen = new Set<string>();
  const menuItemIds = new Set<number>();
  let autoIncrement = 1;

  const takeId = (wanted: number) => {
    const id =
      wanted > 0 && !posts.has(wanted) && !menuItemIds.has(wanted) ? wanted : autoIncrement;
    autoIncrement = Math.max(autoIncrement, id + 1);
    return id;
  };

  const importMenuItem = (item: WxrItem, isRetry: boolean) => {
    const record = toMenuItem(item, terms, processedPosts, processedMenuItems);
    if (record === 'skip') return;
    if (record === 'missing') {
      if (!isRetry) deferred.push(item);
      return;
    }
    record.id = takeId(0);
    menuItemIds.add(record.id);
    processedMenuItems.set(item.id, record.id);
    if (record.parentId < 0) orphanMenuItems.set(record, -record.parentId);
    menuItems.push(record);
  };

  for (const item of doc.items) {
    if (item.type === 'nav_menu_item') {
      importMenuItem(item, false);
      continue;
    }
    if (item.type === 'attachment' && !options.importAttachments) continue;
    const key = `${item.type}\u0000${item.title}\u0000${item.date}`;
    if (seen.has(key)) continue;
    seen.add(key);

    const post = toPost(item, takeId(item.id), terms, options);
    posts.set(post.id, post);
    processedPosts.set(item.id, post.id);
  }
  for (const item of deferred) importMenuItem(item, true);

  for (const post of posts.values()) {
    post.parentId = processedPosts.get(post.source.parentId) ?? 0;
    const thumbnail = Number(metaOf(post.source, '_thumbnail_id'));
    post.thumbnailId = processedPosts.get(thumbnail) ?? 0;
  }
  for (const [record, exportParentId] of orphanMenuItems) {
    record.parentId = processedMenuItems.get(exportParentId) ?? 0;
  }
  return { posts: [...posts.values()], menuItems };
}

function toPost(item: WxrItem, id: number, terms: TermRegistry, options: ImportOptions): SitePost {
  const categoryIds: number[] = [];
  const tagIds: number[] = [];
  for (const term of item.terms) {
    const siteTerm = terms.ensureItemTerm(term);
    if (term.taxonomy === 'category') categoryIds.push(siteTerm.id);
    if (term.taxonomy === 'post_tag') tagIds.push(siteTerm.id);
  }
  const status = effectiveStatus(item, options.now);
  const isPublic = !['draft', 'pending', 'auto-draft'].includes(status);
  const slug = item.slug || (isPublic ? slugFromTitle(item.title) : '');
  return {
    id,
    type: item.type,
    status,
    title: item.title,
    slug: decodeSlug(slug),
    date: item.date,
    dateGmt: item.dateGmt,
    authorId: options.userIdOf(item.authorLogin),
    parentId: 0,
    menuOrder: item.menuOrder,
    password: item.password,
    isSticky: item.isSticky,
    commentStatus: item.commentStatus,
    commentCount: item.comments.filter((comment) => comment.approved === '1').length,
    content: item.content,
    excerpt: item.excerpt,
    guid: item.guid,
    categoryIds: item.type === 'post' && categoryIds.length === 0 ? [1] : categoryIds,
    tagIds,
    thumbnailId: 0,
    uri: '',
    source: item,
  };
}

function effectiveStatus(item: WxrItem, now: Date): string {
  const gmt = item.dateGmt && !item.dateGmt.startsWith('0000') ? item.dateGmt : item.date;
  const time = Date.parse(`${gmt.replace(' ', 'T')}Z`);
  if (Number.isNaN(time)) return item.status;
  if (item.status === 'publish' && time > now.getTime()) return 'future';
  if (item.status === 'future' && time <= now.getTime()) return 'publish';
  return item.status;
}

function toMenuItem(
  item: WxrItem,
  terms: TermRegistry,
  processedPosts: Map<number, number>,
  processedMenuItems: Map<number, number>,
): ImportedMenuItem | 'skip' | 'missing' {
  const menuTerm = item.terms.find((term) => term.taxonomy === 'nav_menu');
  const menu = menuTerm ? terms.find('nav_menu', menuTerm.slug) : undefined;
  if (!menu) return 'skip';

  const type = metaOf(item, '_menu_item_type');
  const exportObjectId = Number(metaOf(item, '_menu_item_object_id'));
  let objectId = exportObjectId;
  if (type === 'taxonomy' && terms.byExportId.has(exportObjectId)) {
    objectId = terms.byExportId.get(exportObjectId) as number;
  } else if (type === 'post_type' && processedPosts.has(exportObjectId)) {
    objectId = processedPosts.get(exportObjectId) as number;
  } else if (type !== 'custom') {
    return 'missing';
  }

  const exportParentId = Number(metaOf(item, '_menu_item_menu_item_parent')) || 0;
  const mappedParent = processedMenuItems.get(exportParentId);
  // A parent not imported yet is marked negative and mapped once every item exists.
  const parentId = exportParentId === 0 ? 0 : (mappedParent ?? -exportParentId);

  return {
    id: 0,
    menuId: menu.id,
    parentId,
    order: item.menuOrder,
    type,
    object: metaOf(item, '_menu_item_object'),
    objectId,
    url: metaOf(item, '_menu_item_url'),
    title: item.title,
    description: item.content,
    attrTitle: item.excerpt,
    target: metaOf(item, '_menu_item_target'),
    classes: metaOf(item, '_menu_item_classes'),
    xfn: metaOf(item, '_menu_item_xfn'),
  };
}

/** The first value of a meta key, as get_post_meta(…, true) gives it; empty when absent. */
export function metaOf(item: WxrItem, key: string): string {
  return item.meta.find((entry) => entry.key === key)?.value ?? '';
}
