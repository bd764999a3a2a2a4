import type { PorticoSettings, WxrDocument, WxrSite } from '../../wxr';

import { importPosts } from './import-posts';
import { TermRegistry } from './import-terms';
import { setUpMenuItem } from './menu-items';
import { postUri, termUri } from './permalinks';
import { comparePosts, compareTerms, compareMenuItems } from './ordering';
import { decodeSlug } from './text';
import type { SiteMenuItem, SitePost, SiteTerm, SiteUser } from './types';

/** How the site is built from an export. */
export interface LocalSiteOptions {
  siteUrl: string;
  importAttachments: boolean;
  now: Date;
}

/**
 * The WordPress site an export would make once imported, with every index the schema needs
 * built once, so that each query costs only its result.
 */
export class LocalSite {
  readonly siteUrl: string;
  readonly site: WxrSite;
  readonly settings: PorticoSettings;

  readonly posts = new Map<number, SitePost>();
  readonly postsByUri = new Map<string, SitePost>();
  /** Per post type, newest first. */
  readonly postsByType = new Map<string, SitePost[]>();
  readonly childrenOf = new Map<number, SitePost[]>();

  readonly terms = new Map<number, SiteTerm>();
  readonly termsByUri = new Map<string, SiteTerm>();
  /** Per taxonomy, by name. */
  readonly termsByTaxonomy = new Map<string, SiteTerm[]>();
  readonly termsBySlug = new Map<string, SiteTerm[]>();
  /** Term id to its posts, newest first. */
  readonly termPosts = new Map<number, SitePost[]>();

  readonly users = new Map<number, SiteUser>();
  readonly usersByNicename = new Map<string, SiteUser>();
  /** User id to their posts of every type, newest first. */
  readonly userPosts = new Map<number, SitePost[]>();
  readonly publishedCountOf = new Map<number, number>();

  readonly menuItems = new Map<number, SiteMenuItem>();
  /** All menu items by order. */
  readonly menuItemList: SiteMenuItem[] = [];
  readonly menuItemsOf = new Map<number, SiteMenuItem[]>();
  /** Menu id to its locations, as MenuLocationEnum names. */
  readonly locationsOfMenu = new Map<number, string[]>();
  /** MenuLocationEnum name to menu id. */
  readonly menuAtLocation = new Map<string, number>();
  /** Menus by the location's own name ('primary'), as `menu(idType: LOCATION)` takes it. */
  readonly menuAtLocationName = new Map<string, number>();

  constructor(doc: WxrDocument, options: LocalSiteOptions) {
    this.siteUrl = options.siteUrl.replace(/\/+$/, '');
    this.site = doc.site;
    this.settings = doc.settings;

    const userIdOf = this.addUsers(doc);
    const registry = new TermRegistry();
    registry.importDeclared(doc);
    const imported = importPosts(doc, registry, { ...options, userIdOf });

    this.addPosts(imported.posts);
    this.addTerms(registry.terms);
    this.addMenus(imported.menuItems);
  }

  /** The front page id when a static front page is set, else 0. */
  get frontPageId(): number {
    return this.settings.showOnFront === 'page' ? this.settings.pageOnFront : 0;
  }

  /** Looks a term up by taxonomy and (decoded) slug. */
  termBySlug(taxonomy: string, slug: string): SiteTerm | undefined {
    return this.termsBySlug.get(slug)?.find((term) => term.taxonomy === taxonomy);
  }

  private addUsers(doc: WxrDocument): (login: string) => number {
    const add = (user: Omit<SiteUser, 'uri'>) => {
      const full = { ...user, uri: `/author/${user.nicename}/` };
      this.users.set(full.id, full);
      this.usersByNicename.set(full.nicename, full);
    };
    // A fresh WordPress has its installing administrator as user 1, with no posts.
    add({
      id: 1,
      login: 'admin',
      nicename: 'admin',
      displayName: 'admin',
      firstName: '',
      lastName: '',
      email: '',
    });
    const ids = new Map<string, number>();
    for (const author of doc.authors) {
      if (ids.has(sanitizeUser(author.login))) continue;
      const id = this.users.size + 1;
      ids.set(sanitizeUser(author.login), id);
      add({
        id,
        login: author.login,
        nicename: author.login.toLowerCase().replace(/[^a-z0-9_-]+/g, '-'),
        displayName: author.displayName || author.login,
        firstName: author.firstName,
        lastName: author.lastName,
        email: author.email,
      });
    }
    // The importer matches item authors by sanitize_user(login, strict), and gives posts of
    // unknown authors to the importing administrator.
    return (login) => ids.get(sanitizeUser(login)) ?? 1;
  }

  private addPosts(posts: SitePost[]): void {
    for (const post of posts) this.posts.set(post.id, post);
    const sorted = [...posts].sort(comparePosts);
    for (const post of sorted) {
      post.uri = postUri(post, this.posts, this.frontPageId);
      if (post.type === 'post' || post.type === 'page' || post.type === 'attachment') {
        if (!this.postsByUri.has(post.uri)) this.postsByUri.set(post.uri, post);
      }
      push(this.postsByType, post.type, post);
      push(this.childrenOf, post.parentId, post);
      push(this.userPosts, post.authorId, post);
      for (const termId of [...post.categoryIds, ...post.tagIds])
        push(this.termPosts, termId, post);
      if (post.status === 'publish' && (post.type === 'post' || post.type === 'page')) {
        this.publishedCountOf.set(
          post.authorId,
          (this.publishedCountOf.get(post.authorId) ?? 0) + 1,
        );
      }
    }
  }

  private addTerms(terms: SiteTerm[]): void {
    for (const term of terms) {
      term.slug = decodeSlug(term.slug);
      this.terms.set(term.id, term);
      push(this.termsBySlug, term.slug, term);
    }
    for (const term of [...terms].sort(compareTerms)) {
      term.uri = termUri(term, this.terms);
      term.count = (this.termPosts.get(term.id) ?? []).filter(
        (post) => post.status === 'publish',
      ).length;
      if (term.uri) this.termsByUri.set(term.uri, term);
      push(this.termsByTaxonomy, term.taxonomy, term);
    }
    for (const [location, slug] of Object.entries(this.settings.menuLocations)) {
      const menu = this.termBySlug('nav_menu', slug);
      if (!menu) continue;
      this.menuAtLocation.set(locationEnumName(location), menu.id);
      this.menuAtLocationName.set(location, menu.id);
      push(this.locationsOfMenu, menu.id, locationEnumName(location));
    }
  }

  private addMenus(imported: Parameters<typeof setUpMenuItem>[0][]): void {
    const items = imported.map((item) => setUpMenuItem(item, this)).sort(compareMenuItems);
    for (const item of items) {
      this.menuItems.set(item.id, item);
      this.menuItemList.push(item);
      push(this.menuItemsOf, item.menuId, item);
    }
    for (const menu of this.termsByTaxonomy.get('nav_menu') ?? []) {
      menu.count = this.menuItemsOf.get(menu.id)?.length ?? 0;
    }
  }
}

/** WordPress's sanitize_user(…, true): tags, entities and anything but [A-Za-z0-9 _.@-] removed. */
function sanitizeUser(login: string): string {
  return login
    .replace(/<[^>]*>/g, '')
    .replace(/&[a-z0-9#]+;/gi, '')
    .replace(/[^A-Za-z0-9 _.@-]/g, '')
    .replace(/ +/g, ' ')
    .trim();
}

/** A theme location's name in MenuLocationEnum (`footer-menu` is FOOTER_MENU). */
export function locationEnumName(location: string): string {
  const name = location.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
