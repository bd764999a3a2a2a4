const POST_TYPES: Record<string, string> = { post: 'Post', page: 'Page', attachment: 'MediaItem' };
const TAXONOMIES: Record<string, string> = {
  category: 'Category',
  post_tag: 'Tag',
  nav_menu: 'Menu',
};

/** The GraphQL object type of a site object, for every interface's resolveType. */
export function typeNameOf(source: unknown): string | undefined {
  if (typeof source !== 'object' || source === null) return undefined;
  if ('source' in source && 'type' in source) return POST_TYPES[String(source.type)];
  if ('taxonomy' in source) return TAXONOMIES[String(source.taxonomy)];
  if ('login' in source) return 'User';
  if ('menuId' in source) return 'MenuItem';
  if ('kind' in source && source.kind === 'contentType') return 'ContentType';
  return undefined;
}
