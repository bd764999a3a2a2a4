import type {
  SitemapEntriesQuery,
  SitemapEntriesQueryVariables,
} from '@/graphql/generated/graphql';

type Connection = {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: Array<{ uri: string | null; count?: number | null }>;
};
type CursorName = keyof Omit<SitemapEntriesQueryVariables, never>;

const CONNECTIONS = {
  posts: 'postsAfter',
  pages: 'pagesAfter',
  categories: 'categoriesAfter',
  tags: 'tagsAfter',
  users: 'usersAfter',
} as const satisfies Record<keyof SitemapEntriesQuery, CursorName>;

/** Safety bound: 100 pages of 100 per connection is more than any site this serves. */
const MAX_ROUNDS = 100;

/**
 * Pages through every connection of the sitemap query until all are done; one round trip
 * serves all five connections while any has more.
 */
export async function collectSitemapUris(
  run: (variables: SitemapEntriesQueryVariables) => Promise<SitemapEntriesQuery>,
): Promise<string[]> {
  const uris = new Set<string>(['/']);
  const cursors: SitemapEntriesQueryVariables = {};
  const done = new Set<keyof SitemapEntriesQuery>();

  for (let round = 0; round < MAX_ROUNDS && done.size < 5; round += 1) {
    const data = await run(cursors);
    for (const [name, cursorName] of Object.entries(CONNECTIONS) as Array<
      [keyof SitemapEntriesQuery, CursorName]
    >) {
      if (done.has(name)) continue;
      const connection = data[name] as Connection | null;
      for (const node of connection?.nodes ?? []) {
        // WPGraphQL answers a term's count of published posts, or null for none.
        const isEmptyTerm = 'count' in node && !node.count;
        if (node.uri && !isEmptyTerm) uris.add(node.uri);
      }
      if (connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor) {
        cursors[cursorName] = connection.pageInfo.endCursor;
      } else {
        done.add(name);
        cursors[cursorName] = connection?.pageInfo.endCursor ?? cursors[cursorName];
      }
    }
  }
  return [...uris];
}
