import type { SitePost, SiteTerm } from './types';

const UNPUBLISHED = new Set(['draft', 'pending', 'auto-draft']);

/**
 * The path of a post, page or attachment under the site's permalink structure
 * `/%year%/%monthnum%/%day%/%postname%/` (pages by their parent path; unpublished items by
 * their query form, as get_permalink gives them).
 */
export function postUri(post: SitePost, byId: Map<number, SitePost>, frontPageId: number): string {
  if (post.type === 'page' && post.id === frontPageId && post.status === 'publish') return '/';
  if (UNPUBLISHED.has(post.status) || !post.slug) {
    return post.type === 'page' ? `/?page_id=${post.id}` : `/?p=${post.id}`;
  }
  if (post.type === 'post') {
    const [year, month, day] = post.date.slice(0, 10).split('-');
    return `/${year}/${month}/${day}/${post.slug}/`;
  }
  if (post.type === 'attachment') {
    const parent = byId.get(post.parentId);
    const base = parent && parent.type !== 'attachment' ? postUri(parent, byId, frontPageId) : '/';
    return `${base.includes('?') ? '/' : base}${post.slug}/`;
  }
  const path = [post.slug];
  const visited = new Set([post.id]);
  for (let parent = byId.get(post.parentId); parent && !visited.has(parent.id);) {
    visited.add(parent.id);
    path.unshift(parent.slug);
    parent = byId.get(parent.parentId);
  }
  return `/${path.join('/')}/`;
}

/** The path of a category (with its parents, as hierarchical term links are) or a tag. */
export function termUri(term: SiteTerm, byId: Map<number, SiteTerm>): string {
  if (term.taxonomy === 'post_tag') return `/tag/${term.slug}/`;
  if (term.taxonomy !== 'category') return '';
  const path = [term.slug];
  const visited = new Set([term.id]);
  for (let parent = byId.get(term.parentId); parent && !visited.has(parent.id);) {
    visited.add(parent.id);
    path.unshift(parent.slug);
    parent = byId.get(parent.parentId);
  }
  return `/category/${path.join('/')}/`;
}
