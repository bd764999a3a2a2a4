import type { LocalSite } from '../site/local-site';
import type { SitePost, SiteTerm, SiteUser } from '../site/types';
import { canSeePost, canSeeUser } from '../visibility';
import { contentTypeNode, type ContentTypeNode } from './content-types';

/** Anything nodeByUri can answer with. */
export type UriNode = SitePost | SiteTerm | SiteUser | ContentTypeNode;

const QUERY_LOOKUPS: Record<string, (site: LocalSite, value: string) => UriNode | undefined> = {
  p: (site, value) => site.posts.get(Number(value)),
  page_id: (site, value) => pageById(site, Number(value)),
  attachment_id: (site, value) => site.posts.get(Number(value)),
  cat: (site, value) => site.terms.get(Number(value)),
  tag: (site, value) => site.termBySlug('post_tag', value),
  author: (site, value) => site.users.get(Number(value)),
};

/**
 * Resolves a path the way WordPress routes a request and WPGraphQL's nodeByUri answers:
 * pretty paths match exactly (a percent-encoded form of a non-ASCII slug does not), a
 * category also answers to its own slug without parents, `/?p=ID` style queries work, and
 * anything the viewer may not see is null.
 */
export function resolveUri(site: LocalSite, rawUri: string, isEditorView: boolean): UriNode | null {
  const uri = normalise(site, rawUri);
  if (uri === undefined) return null;
  const node = lookUp(site, uri);
  if (!node) return null;
  if ('source' in node) {
    const isRoutable = node.type === 'post' || node.type === 'page' || node.type === 'attachment';
    return isRoutable && canSeePost(site, node, isEditorView) ? node : null;
  }
  if ('login' in node) return canSeeUser(site, node, isEditorView) ? node : null;
  if ('taxonomy' in node)
    return node.taxonomy === 'category' || node.taxonomy === 'post_tag' ? node : null;
  return node;
}

function lookUp(site: LocalSite, uri: string): UriNode | undefined {
  if (uri === '/') {
    const front = site.posts.get(site.frontPageId);
    return front ?? contentTypeNode(site, 'post');
  }
  if (uri.startsWith('/?')) {
    const params = new URLSearchParams(uri.slice(2));
    for (const [name, value] of params) {
      const lookup = QUERY_LOOKUPS[name];
      if (lookup) return lookup(site, value);
    }
    return undefined;
  }
  const postsPage = site.posts.get(site.settings.pageForPosts);
  if (postsPage && postsPage.uri === uri) return contentTypeNode(site, 'post');

  const post = site.postsByUri.get(uri);
  if (post) return post;
  const term = site.termsByUri.get(uri);
  if (term) return term;

  const category = /^\/category\/(.+)\/$/.exec(uri);
  if (category?.[1]) return categoryByPartialPath(site, category[1].split('/'));
  const author = /^\/author\/([^/]+)\/$/.exec(uri);
  if (author?.[1]) return site.usersByNicename.get(author[1]);
  return undefined;
}

function normalise(site: LocalSite, rawUri: string): string | undefined {
  let uri = rawUri.trim();
  if (uri.startsWith(site.siteUrl)) uri = uri.slice(site.siteUrl.length);
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri)) return undefined;
  uri = uri.replace(/#.*$/, '');
  if (!uri.startsWith('/')) uri = `/${uri}`;
  const [path = '/', query = ''] = uri.split('?', 2);
  if (query && path === '/') return `/?${query}`;
  return path.endsWith('/') ? path : `${path}/`;
}

function pageById(site: LocalSite, id: number): SitePost | undefined {
  const post = site.posts.get(id);
  return post?.type === 'page' ? post : undefined;
}

function categoryByPartialPath(site: LocalSite, segments: string[]): SiteTerm | undefined {
  const leaf = segments.at(-1);
  const candidates = (leaf ? site.termsBySlug.get(leaf) : undefined) ?? [];
  const suffix = `/${segments.join('/')}/`;
  return candidates.find((term) => term.taxonomy === 'category' && term.uri.endsWith(suffix));
}
