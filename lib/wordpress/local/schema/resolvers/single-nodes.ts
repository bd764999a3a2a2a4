import { fromGlobalId } from '../relay';
import type { LocalSite } from '../site/local-site';
import type { SiteMenuItem, SitePost, SiteTerm, SiteUser } from '../site/types';
import { canSeeMenu, canSeePost, canSeeUser } from '../visibility';
import { resolveUri } from './node-by-uri';

/** Which single-node root field is asking. */
export type SingleKind =
  | 'content'
  | 'post'
  | 'page'
  | 'attachment'
  | 'category'
  | 'post_tag'
  | 'user'
  | 'menu'
  | 'menuItem';

/**
 * The node a single-node root field (`post(id:, idType:)`, `category(…)`, …) names, or null
 * when it does not exist, is of another kind, or is hidden from the viewer. `idType` defaults
 * to ID (a global id), as in WPGraphQL.
 */
export function findById(
  site: LocalSite,
  kind: SingleKind,
  args: { id: string; idType?: string | null },
  isEditorView: boolean,
): SitePost | SiteTerm | SiteUser | SiteMenuItem | null {
  const idType = args.idType ?? 'ID';
  const databaseId = idType === 'ID' ? globalDatabaseId(args.id) : Number(args.id);

  if (kind === 'user') {
    const user = findUser(site, idType, args.id, databaseId, isEditorView);
    return user && canSeeUser(site, user, isEditorView) ? user : null;
  }
  if (kind === 'menuItem') {
    const item = site.menuItems.get(databaseId);
    return item && canSeeMenu(site, item.menuId, isEditorView) ? item : null;
  }
  if (kind === 'menu' || kind === 'category' || kind === 'post_tag') {
    const taxonomy = kind === 'menu' ? 'nav_menu' : kind;
    const term = findTerm(site, taxonomy, idType, args.id, databaseId);
    if (!term || term.taxonomy !== taxonomy) return null;
    return kind !== 'menu' || canSeeMenu(site, term.id, isEditorView) ? term : null;
  }

  const post = findPost(site, kind, idType, args.id, databaseId, isEditorView);
  if (!post || (kind !== 'content' && post.type !== kind)) return null;
  return canSeePost(site, post, isEditorView) ? post : null;
}

function findPost(
  site: LocalSite,
  kind: SingleKind,
  idType: string,
  id: string,
  databaseId: number,
  isEditorView: boolean,
): SitePost | undefined {
  switch (idType) {
    case 'URI': {
      const node = resolveUri(site, id, isEditorView);
      return node && 'source' in node ? node : undefined;
    }
    case 'SLUG':
      return site.postsByType
        .get(kind === 'content' ? 'post' : kind)
        ?.find((post) => post.slug === id);
    case 'SOURCE_URL':
      return site.postsByType.get('attachment')?.find((post) => post.source.attachmentUrl === id);
    default:
      return site.posts.get(databaseId);
  }
}

function findTerm(
  site: LocalSite,
  taxonomy: string,
  idType: string,
  id: string,
  databaseId: number,
) {
  switch (idType) {
    case 'URI': {
      const node = resolveUri(site, id, false);
      return node && 'taxonomy' in node ? node : undefined;
    }
    case 'SLUG':
      return site.termBySlug(taxonomy, id);
    case 'NAME':
      return site.termsByTaxonomy.get(taxonomy)?.find((term) => term.name === id);
    case 'LOCATION':
      return site.terms.get(site.menuAtLocationName.get(id) ?? 0);
    default:
      return site.terms.get(databaseId);
  }
}

function findUser(
  site: LocalSite,
  idType: string,
  id: string,
  databaseId: number,
  isEditorView: boolean,
) {
  switch (idType) {
    case 'URI': {
      const node = resolveUri(site, id, isEditorView);
      return node && 'login' in node ? node : undefined;
    }
    case 'SLUG':
      return site.usersByNicename.get(id);
    default:
      return site.users.get(databaseId);
  }
}

function globalDatabaseId(id: string): number {
  const parsed = fromGlobalId(id);
  return parsed ? Number(parsed.id) : Number.NaN;
}
