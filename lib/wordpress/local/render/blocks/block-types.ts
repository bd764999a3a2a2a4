/**
 * What WordPress 6.1 knows about each core block type: whether it is registered at all,
 * whether PHP renders it (dynamic), and the layout it gets by default.
 * Blocks newer than 6.1 (details, footnotes, …) are unknown there and render as saved.
 * @module
 */

/** A block's layout attribute, as saved in block comments. */
export interface BlockLayout {
  type?: string;
  inherit?: boolean;
  contentSize?: string;
  wideSize?: string;
  orientation?: string;
  justifyContent?: string;
  verticalAlignment?: string;
  flexWrap?: string;
}

/** The parts of a registered block type that rendering needs. */
export interface BlockTypeInfo {
  isDynamic: boolean;
  /** Present when the block supports layout: the layout used when the block saves none. */
  layoutDefault?: BlockLayout;
  /** True when the block type serialises its own link colour (skips the elements support). */
  skipsLinkColor?: boolean;
  /** True when the block supports duotone filters (color.__experimentalDuotone). */
  hasDuotone?: boolean;
  /** True when the block styles its own gap (spacing skip-serialisation of blockGap). */
  skipsBlockGap?: boolean;
}

const STATIC = [
  'audio',
  'button',
  'code',
  'embed',
  'freeform',
  'heading',
  'html',
  'list',
  'list-item',
  'media-text',
  'missing',
  'more',
  'nextpage',
  'paragraph',
  'preformatted',
  'pullquote',
  'quote',
  'separator',
  'spacer',
  'table',
  'text-columns',
  'verse',
  'video',
  'cover',
  'group',
  'column',
  'columns',
  'buttons',
  'social-links',
];

const DYNAMIC = [
  'archives',
  'avatar',
  'block',
  'calendar',
  'categories',
  'comment-author-name',
  'comment-content',
  'comment-date',
  'comment-edit-link',
  'comment-reply-link',
  'comment-template',
  'comments',
  'comments-pagination',
  'comments-pagination-next',
  'comments-pagination-numbers',
  'comments-pagination-previous',
  'comments-title',
  'file',
  'gallery',
  'image',
  'home-link',
  'latest-comments',
  'latest-posts',
  'legacy-widget',
  'loginout',
  'navigation',
  'navigation-link',
  'navigation-submenu',
  'page-list',
  'pattern',
  'post-author',
  'post-author-biography',
  'post-comments-form',
  'post-content',
  'post-date',
  'post-excerpt',
  'post-featured-image',
  'post-navigation-link',
  'post-template',
  'post-terms',
  'post-title',
  'query',
  'query-no-results',
  'query-pagination',
  'query-pagination-next',
  'query-pagination-numbers',
  'query-pagination-previous',
  'query-title',
  'read-more',
  'rss',
  'search',
  'shortcode',
  'site-logo',
  'site-tagline',
  'site-title',
  'social-link',
  'tag-cloud',
  'template-part',
  'term-description',
  'widget-group',
];

const LAYOUT_DEFAULTS: Record<string, BlockLayout> = {
  group: {},
  column: {},
  columns: { type: 'flex', flexWrap: 'nowrap' },
  buttons: { type: 'flex' },
  'social-links': { type: 'flex' },
  gallery: { type: 'flex' },
  navigation: { type: 'flex' },
  'post-content': {},
  query: {},
  'post-template': {},
  'comments-pagination': { type: 'flex' },
  'query-pagination': { type: 'flex' },
};

const SKIPS_LINK_COLOR = new Set(['button', 'table']);

const DUOTONE = ['image', 'cover', 'site-logo', 'post-featured-image'];

const TYPES = new Map<string, BlockTypeInfo>();
for (const name of STATIC) TYPES.set(`core/${name}`, { isDynamic: false });
for (const name of DYNAMIC) TYPES.set(`core/${name}`, { isDynamic: true });
for (const [name, layout] of Object.entries(LAYOUT_DEFAULTS)) {
  const info = TYPES.get(`core/${name}`);
  if (info) info.layoutDefault = layout;
}
for (const name of SKIPS_LINK_COLOR) {
  const info = TYPES.get(`core/${name}`);
  if (info) info.skipsLinkColor = true;
}

for (const name of DUOTONE) {
  const info = TYPES.get(`core/${name}`);
  if (info) info.hasDuotone = true;
}

const gallery = TYPES.get('core/gallery');
if (gallery) gallery.skipsBlockGap = true;

/** The WordPress 6.1 block type registered under `name`, if any. */
export function getBlockType(name: string | null): BlockTypeInfo | undefined {
  return name === null ? undefined : TYPES.get(name);
}
