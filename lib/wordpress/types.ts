/** The site's own view of WordPress content: what templates render, already safe to show. */

export interface MenuLink {
  id: string;
  label: string;
  /** A site path for internal links, an absolute URL for external ones. */
  href: string;
  isExternal: boolean;
  opensInNewTab: boolean;
  children: MenuLink[];
}

export interface SiteChrome {
  title: string;
  tagline: string;
  language: string;
  /** Origin of the WordPress site as it calls itself (generalSettings.url). */
  wordpressOrigin: string;
  primaryMenu: MenuLink[];
  footerMenu: MenuLink[];
}

export interface ImageView {
  src: string | null;
  alt: string;
  width?: number;
  height?: number;
}

export interface TermLink {
  name: string;
  href: string;
}

export interface PostSummary {
  id: string;
  title: string;
  href: string;
  date: string | null;
  authorName: string | null;
  authorHref: string | null;
  categories: TermLink[];
  /** Safe HTML: content up to the more tag, else the excerpt. */
  summaryHtml: string;
  isProtected: boolean;
  image: ImageView | null;
}

export interface Paging {
  nextCursor: string | null;
  hasPrevious: boolean;
}

interface NodeBase {
  uri: string;
  title: string;
  /** Plain text for the meta description. */
  description: string;
}

export interface EntryView extends NodeBase {
  kind: 'post' | 'page';
  databaseId: number;
  date: string | null;
  modified: string | null;
  /** Safe HTML, or null while the entry is password protected. */
  contentHtml: string | null;
  isProtected: boolean;
  isFrontPage: boolean;
  /** The page WordPress marks as the privacy policy; the register's sections follow it. */
  isPrivacyPage: boolean;
  authorName: string | null;
  authorHref: string | null;
  categories: TermLink[];
  tags: TermLink[];
  breadcrumbs: TermLink[];
  childPages: TermLink[];
  image: ImageView | null;
}

export interface ArchiveView extends NodeBase {
  kind: 'archive';
  archiveType: 'category' | 'tag' | 'author' | 'posts';
  isFrontPage: boolean;
  descriptionHtml: string;
  subcategories: TermLink[];
  posts: PostSummary[];
  paging: Paging;
}

export type NodeView = EntryView | ArchiveView;

export interface NodePage {
  chrome: SiteChrome;
  node: NodeView | null;
}
