/**
 * What a WordPress export promises a visitor, read straight from the XML with fast-xml-parser:
 * the published URLs with their titles, the hidden items, the protected posts and the hosts the
 * export came from. Deliberately independent of lib/wordpress/local, so the browser tests do not
 * check the site against itself.
 * @module
 */
import { readFileSync } from 'node:fs';

import { XMLParser } from 'fast-xml-parser';

import { visibleText } from './visible-text';

export type PublishedKind = 'home' | 'post' | 'page' | 'posts-page' | 'category' | 'tag' | 'author';

export interface PublishedUrl {
  path: string;
  kind: PublishedKind;
  /** The text a visitor reads in the h1, before WordPress's texturize; null: the site's choice. */
  title: string | null;
}

export interface HiddenItem {
  id: number;
  status: string;
  title: string;
  /** Every address it could be asked for: its `<link>` and, with a slug, its pretty URL. */
  paths: string[];
}

export interface ProtectedPost {
  path: string;
  password: string;
  /** Plain text from the content, which must never reach the browser before unlocking. */
  secretText: string;
}

export interface ExportExpectations {
  siteTitle: string;
  tagline: string;
  /** Hosts of the site that made the export (channel link, base site and blog URLs). */
  siteHosts: string[];
  /** Hosts the export's attachments live on. */
  mediaHosts: string[];
  published: PublishedUrl[];
  hidden: HiddenItem[];
  protectedPosts: ProtectedPost[];
  /** Items whose `<link>` is not the URL WordPress's permalink rule gives them, by post ID. */
  linksDisagreeingWithPermalinks: number[];
}

type Node = Record<string, unknown>;

const LISTS = new Set(['item', 'category', 'wp:category', 'wp:tag', 'wp:author', 'wp:postmeta']);

/** Reads an export file and derives the URLs a WordPress with pretty permalinks would serve. */
export function readExportExpectations(file: string): ExportExpectations {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => LISTS.has(name),
  });
  const channel = (parser.parse(readFileSync(file, 'utf8')) as Node).rss as Node;
  const ch = channel.channel as Node;
  const items = ((ch.item as Node[]) ?? []).map(readItem);
  const frontPageId = Number(text(ch['portico:page_on_front']) || 0);
  const postsPageId = Number(text(ch['portico:page_for_posts']) || 0);
  const published = items.filter((item) => item.status === 'publish');
  const pagesById = new Map(items.filter((i) => i.type === 'page').map((i) => [i.id, i]));
  const pathOf = (item: Item) =>
    item.type === 'post' ? postPath(item) : pagePath(item, pagesById);

  const urls: PublishedUrl[] = [{ path: '/', kind: 'home', title: null }];
  const disagreeing: number[] = [];
  for (const item of published.filter((i) => i.type === 'post' || i.type === 'page')) {
    const path = pathOf(item);
    const permalink = item.id === frontPageId ? '/' : path;
    if (normalisePath(item.link) !== permalink) disagreeing.push(item.id);
    if (item.id === frontPageId) urls[0] = { path: '/', kind: 'page', title: item.title };
    else
      urls.push({
        path,
        kind: item.id === postsPageId ? 'posts-page' : (item.type as 'post' | 'page'),
        title: item.title,
      });
  }
  urls.push(...termUrls(ch, published), ...authorUrls(ch, published));

  return {
    siteTitle: visibleText(text(ch.title)),
    tagline: visibleText(text(ch.description)),
    siteHosts: unique(
      ['link', 'wp:base_site_url', 'wp:base_blog_url'].map((k) => hostOf(text(ch[k]))),
    ),
    mediaHosts: unique(
      items.filter((i) => i.type === 'attachment').map((i) => hostOf(i.attachmentUrl)),
    ),
    published: urls,
    hidden: items
      .filter((i) => ['draft', 'pending', 'private', 'future', 'trash'].includes(i.status))
      .filter((i) => i.type === 'post' || i.type === 'page')
      .map((item) => ({
        id: item.id,
        status: item.status,
        title: item.title,
        paths: hiddenPaths(item, pagesById),
      })),
    protectedPosts: published
      .filter((i) => i.password)
      .map((i) => ({ path: pathOf(i), password: i.password, secretText: secretTextOf(i.content) })),
    linksDisagreeingWithPermalinks: disagreeing,
  };
}

interface Item {
  id: number;
  type: string;
  status: string;
  title: string;
  link: string;
  slug: string;
  date: string;
  parent: number;
  password: string;
  content: string;
  attachmentUrl: string;
  author: string;
  terms: Array<{ domain: string; nicename: string; name: string }>;
  meta: Map<string, string>;
}

function readItem(node: Node): Item {
  return {
    id: Number(text(node['wp:post_id'])),
    type: text(node['wp:post_type']),
    status: text(node['wp:status']),
    title: text(node.title),
    link: text(node.link),
    slug: safeDecode(text(node['wp:post_name'])),
    date: text(node['wp:post_date']),
    parent: Number(text(node['wp:post_parent']) || 0),
    password: text(node['wp:post_password']),
    content: text(node['content:encoded']),
    attachmentUrl: text(node['wp:attachment_url']),
    author: text(node['dc:creator']),
    terms: ((node.category as Node[]) ?? []).map((term) => ({
      domain: text(term['@domain']),
      nicename: safeDecode(text(term['@nicename'])),
      name: text(term['#text']),
    })),
    meta: new Map(
      ((node['wp:postmeta'] as Node[]) ?? []).map((m) => [
        text(m['wp:meta_key']),
        text(m['wp:meta_value']),
      ]),
    ),
  };
}

/** The permalink structure /%year%/%monthnum%/%day%/%postname%/, from the local post date. */
function postPath(item: Item, slug = item.slug): string {
  const [year, month, day] = item.date.slice(0, 10).split('-');
  return `/${year}/${month}/${day}/${slug}/`;
}

function pagePath(item: Item, pagesById: Map<number, Item>, slug = item.slug): string {
  const slugs = [slug];
  const seen = new Set([item.id]);
  for (let parent = pagesById.get(item.parent); parent && !seen.has(parent.id);) {
    seen.add(parent.id);
    slugs.unshift(parent.slug);
    parent = pagesById.get(parent.parent);
  }
  return `/${slugs.join('/')}/`;
}

function hiddenPaths(item: Item, pagesById: Map<number, Item>): string[] {
  const link = new URL(item.link);
  const paths = [link.search ? `/${link.search}` : normalisePath(item.link)];
  const slugs = [item.slug, safeDecode(item.meta.get('_wp_desired_post_slug') ?? '')];
  for (const slug of slugs.filter(Boolean)) {
    paths.push(item.type === 'post' ? postPath(item, slug) : pagePath(item, pagesById, slug));
  }
  if (!link.search) paths.push(`/?${item.type === 'page' ? 'page_id' : 'p'}=${item.id}`);
  return unique(paths);
}

/**
 * Categories and tags with at least one published post, as WordPress's own sitemap lists them.
 * Terms may be declared in the channel or only on items (the importer creates both). A post
 * with no category gets the default one, as wp_insert_post does.
 */
function termUrls(ch: Node, published: Item[]): PublishedUrl[] {
  const categories = new Map<string, { name: string; parent: string }>();
  for (const c of (ch['wp:category'] as Node[]) ?? []) {
    const slug = safeDecode(text(c['wp:category_nicename']));
    categories.set(slug, {
      name: text(c['wp:cat_name']),
      parent: safeDecode(text(c['wp:category_parent'])),
    });
  }
  const tagNames = new Map<string, string>();
  for (const t of (ch['wp:tag'] as Node[]) ?? [])
    tagNames.set(safeDecode(text(t['wp:tag_slug'])), text(t['wp:tag_name']));

  const usedCategories = new Set<string>();
  const usedTags = new Set<string>();
  for (const post of published.filter((i) => i.type === 'post')) {
    const own = post.terms.filter((t) => t.domain === 'category');
    if (own.length === 0)
      own.push({ domain: 'category', nicename: 'uncategorized', name: 'Uncategorized' });
    for (const term of own) {
      if (!categories.has(term.nicename))
        categories.set(term.nicename, { name: term.name, parent: '' });
      usedCategories.add(term.nicename);
    }
    for (const term of post.terms.filter((t) => t.domain === 'post_tag')) {
      if (!tagNames.has(term.nicename)) tagNames.set(term.nicename, term.name);
      usedTags.add(term.nicename);
    }
  }
  const chain = (slug: string): string[] => {
    const parent = categories.get(slug)?.parent;
    return parent && parent !== slug ? [...chain(parent), slug] : [slug];
  };
  return [
    ...[...usedCategories].map((slug) => ({
      path: `/category/${chain(slug).join('/')}/`,
      kind: 'category' as const,
      title: categories.get(slug)?.name ?? slug,
    })),
    ...[...usedTags].map((slug) => ({
      path: `/tag/${slug}/`,
      kind: 'tag' as const,
      title: tagNames.get(slug) ?? slug,
    })),
  ];
}

/** Authors with at least one published post or page, at /author/login/. */
function authorUrls(ch: Node, published: Item[]): PublishedUrl[] {
  const writers = new Set(
    published.filter((i) => i.type === 'post' || i.type === 'page').map((i) => i.author),
  );
  return ((ch['wp:author'] as Node[]) ?? [])
    .filter((a) => writers.has(text(a['wp:author_login'])))
    .map((a) => ({
      path: `/author/${text(a['wp:author_login'])}/`,
      kind: 'author' as const,
      title: text(a['wp:author_display_name']),
    }));
}

/**
 * The longest run of letters, digits, spaces, commas and full stops in a post's content: text
 * that HTML escaping and texturize leave alone, so a plain substring search finds it if it leaks.
 */
function secretTextOf(content: string): string {
  const runs = visibleText(content.replace(/\[[^\]]*\]/g, ' ')).match(/[\p{L}\p{N} ,.]+/gu) ?? [];
  const longest = runs.map((run) => run.trim()).sort((a, b) => b.length - a.length)[0] ?? '';
  return longest.slice(0, 60).trim();
}

/** A URL's path with doubled slashes collapsed and percent-escapes decoded. */
export function normalisePath(url: string): string {
  const { pathname } = new URL(url, 'http://x');
  return safeDecode(pathname.replace(/\/{2,}/g, '/'));
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return text((value as Node)['#text']);
  return String(value).trim();
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
