/**
 * Interface implementations for the fragments our operations spread, so Apollo's cache can
 * match `... on ContentNode` against a Post. Only types the site renders need listing.
 */
export const possibleTypes: Record<string, string[]> = {
  Node: ['Post', 'Page', 'Category', 'Tag', 'User', 'ContentType', 'MediaItem', 'Menu', 'MenuItem'],
  UniformResourceIdentifiable: [
    'Post',
    'Page',
    'Category',
    'Tag',
    'User',
    'ContentType',
    'MediaItem',
  ],
  ContentNode: ['Post', 'Page', 'MediaItem'],
  NodeWithTitle: ['Post', 'Page', 'MediaItem'],
  NodeWithContentEditor: ['Post', 'Page'],
  NodeWithExcerpt: ['Post'],
  TermNode: ['Category', 'Tag'],
  HierarchicalContentNode: ['Page', 'MediaItem'],
  PageInfo: [],
};
