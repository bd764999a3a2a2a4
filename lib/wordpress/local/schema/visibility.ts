import type { LocalSite } from './site/local-site';
import type { SitePost, SiteUser } from './site/types';

/**
 * The SchemaLink context of the embedded schema. 'anonymous' sees what an anonymous visitor
 * of WPGraphQL sees; 'editor' (server-side previews, password checks) sees every status and
 * the restricted fields.
 */
export interface LocalGraphQLContext {
  viewer: 'anonymous' | 'editor';
}

/** Whether the request is the editor's; a missing context is anonymous. */
export function isEditor(context: Partial<LocalGraphQLContext> | undefined): boolean {
  return context?.viewer === 'editor';
}

/** Whether the viewer may see a post, page or attachment at all. */
export function canSeePost(site: LocalSite, post: SitePost, isEditorView: boolean): boolean {
  if (isEditorView) return true;
  if (post.type === 'attachment') {
    if (post.status !== 'inherit' && post.status !== 'publish') return false;
    const parent = site.posts.get(post.parentId);
    return !parent || canSeePost(site, parent, false);
  }
  return post.status === 'publish';
}

/** A password-protected post is restricted for anyone who is not an editor. */
export function isRestrictedPost(post: SitePost, isEditorView: boolean): boolean {
  return post.password !== '' && !isEditorView;
}

/** Anonymous visitors see only users who have published something. */
export function canSeeUser(site: LocalSite, user: SiteUser, isEditorView: boolean): boolean {
  return isEditorView || (site.publishedCountOf.get(user.id) ?? 0) > 0;
}

/** Anonymous visitors see a menu only when it is assigned to a location. */
export function canSeeMenu(site: LocalSite, menuId: number, isEditorView: boolean): boolean {
  return isEditorView || site.locationsOfMenu.has(menuId);
}

/** The statuses a post list may show to the viewer, honouring `status`/`stati` for editors. */
export function listStatuses(
  where: { status?: string | null; stati?: (string | null)[] | null } | undefined,
  isEditorView: boolean,
): Set<string> {
  if (!isEditorView) return new Set(['publish']);
  const asked = [...(where?.stati ?? []), where?.status].filter((s): s is string => !!s);
  if (asked.length === 0) return new Set(['publish', 'private']);
  return new Set(asked.map((status) => status.toLowerCase().replace('_', '-')));
}
