import { fromGlobalId } from './relay';
import type { LocalSite } from './site/local-site';
import type { SitePost } from './site/types';
import { canSeePost, listStatuses } from './visibility';

/** The `where` arguments the embedded post and page connections accept. */
export interface PostWhere {
  author?: number | null;
  authorName?: string | null;
  id?: number | null;
  in?: (string | null)[] | null;
  notIn?: (string | null)[] | null;
  name?: string | null;
  nameIn?: (string | null)[] | null;
  search?: string | null;
  title?: string | null;
  categoryId?: number | null;
  categoryIn?: (string | null)[] | null;
  categoryName?: string | null;
  tag?: string | null;
  tagId?: string | null;
  tagSlugIn?: (string | null)[] | null;
  parent?: string | null;
  parentIn?: (string | null)[] | null;
  status?: string | null;
  stati?: (string | null)[] | null;
}

/**
 * Narrows an ordered list of one post type to what the viewer may see and `where` asks for,
 * with WP_Query's meanings (category filters include child categories; `tag` takes a
 * comma list for any and a plus list for all; search matches every word in title, excerpt or
 * content).
 */
export function filterPosts(
  site: LocalSite,
  list: readonly SitePost[],
  where: PostWhere | null | undefined,
  isEditorView: boolean,
): SitePost[] {
  const statuses = listStatuses(where ?? undefined, isEditorView);
  const tests: ((post: SitePost) => boolean)[] = [
    (post) => statuses.has(post.status) && canSeePost(site, post, isEditorView),
  ];
  if (where) addWhereTests(site, where, tests);
  return list.filter((post) => tests.every((test) => test(post)));
}

function addWhereTests(
  site: LocalSite,
  where: PostWhere,
  tests: ((post: SitePost) => boolean)[],
): void {
  if (where.author) tests.push((post) => post.authorId === where.author);
  if (where.authorName) {
    const user = site.usersByNicename.get(where.authorName);
    tests.push((post) => post.authorId === user?.id);
  }
  if (where.id) tests.push((post) => post.id === where.id);
  if (where.in) {
    const ids = toIds(where.in);
    tests.push((post) => ids.has(post.id));
  }
  if (where.notIn) {
    const ids = toIds(where.notIn);
    tests.push((post) => !ids.has(post.id));
  }
  if (where.name) tests.push((post) => post.slug === where.name);
  if (where.nameIn) {
    const names = new Set(where.nameIn);
    tests.push((post) => names.has(post.slug));
  }
  if (where.title) tests.push((post) => post.title === where.title);
  if (where.search) tests.push(matchesSearch(where.search));
  if (where.categoryId) tests.push(inTerms(withChildren(site, [where.categoryId]), 'categoryIds'));
  if (where.categoryIn)
    tests.push(inTerms(withChildren(site, [...toIds(where.categoryIn)]), 'categoryIds'));
  if (where.categoryName) {
    const category = site.termBySlug('category', where.categoryName.split('/').at(-1) ?? '');
    tests.push(inTerms(withChildren(site, category ? [category.id] : []), 'categoryIds'));
  }
  if (where.tagId) tests.push(inTerms(new Set([Number(where.tagId)]), 'tagIds'));
  if (where.tagSlugIn) tests.push(inTerms(tagIds(site, where.tagSlugIn), 'tagIds'));
  if (where.tag) {
    const all = where.tag.includes('+');
    const slugs = where.tag.split(all ? '+' : ',').map((slug) => slug.trim());
    if (all) for (const slug of slugs) tests.push(inTerms(tagIds(site, [slug]), 'tagIds'));
    else tests.push(inTerms(tagIds(site, slugs), 'tagIds'));
  }
  if (where.parent !== undefined && where.parent !== null) {
    const parent = toIds([where.parent]);
    tests.push((post) => parent.has(post.parentId));
  }
  if (where.parentIn) {
    const parents = toIds(where.parentIn);
    tests.push((post) => parents.has(post.parentId));
  }
}

function matchesSearch(search: string): (post: SitePost) => boolean {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return (post) => {
    const haystack = `${post.title}\n${post.excerpt}\n${post.content}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}

function inTerms(ids: Set<number>, key: 'categoryIds' | 'tagIds'): (post: SitePost) => boolean {
  return (post) => post[key].some((id) => ids.has(id));
}

function tagIds(site: LocalSite, slugs: readonly (string | null)[]): Set<number> {
  const ids = new Set<number>();
  for (const slug of slugs) {
    const tag = slug ? site.termBySlug('post_tag', slug) : undefined;
    if (tag) ids.add(tag.id);
  }
  return ids;
}

function withChildren(site: LocalSite, roots: number[]): Set<number> {
  const ids = new Set(roots);
  let isGrowing = true;
  while (isGrowing) {
    isGrowing = false;
    for (const term of site.termsByTaxonomy.get('category') ?? []) {
      if (ids.has(term.parentId) && !ids.has(term.id)) {
        ids.add(term.id);
        isGrowing = true;
      }
    }
  }
  return ids;
}

/** Database ids from a list of database or global ids. */
export function toIds(values: readonly (string | number | null)[]): Set<number> {
  const ids = new Set<number>();
  for (const value of values) {
    if (value === null) continue;
    const text = String(value);
    const id = /^\d+$/.test(text) ? Number(text) : Number(fromGlobalId(text)?.id);
    if (Number.isInteger(id)) ids.add(id);
  }
  return ids;
}
