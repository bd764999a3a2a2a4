import { describe, expect, it } from 'vitest';

import type {
  SitemapEntriesQuery,
  SitemapEntriesQueryVariables,
} from '@/graphql/generated/graphql';

import { collectSitemapUris } from './sitemap';

function connection(uris: string[], endCursor: string | null, hasNextPage: boolean) {
  return {
    pageInfo: { hasNextPage, hasPreviousPage: false, startCursor: null, endCursor },
    nodes: uris.map((uri) => ({ uri, modified: null, isFrontPage: false, count: 1 })),
  };
}

describe('collectSitemapUris', () => {
  it("leaves out terms without published posts, as WordPress's sitemap does", async () => {
    const terms = (entries: Array<[string, number | null]>) => ({
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      nodes: entries.map(([uri, count]) => ({ uri, count })),
    });
    const uris = await collectSitemapUris(
      async () =>
        ({
          posts: connection([], null, false),
          pages: connection([], null, false),
          categories: terms([
            ['/category/news/', 3],
            ['/category/empty/', null],
          ]),
          tags: terms([
            ['/tag/zero/', 0],
            ['/tag/one/', 1],
          ]),
          users: connection([], null, false),
        }) as unknown as SitemapEntriesQuery,
    );
    expect(uris.sort()).toEqual(['/', '/category/news/', '/tag/one/']);
  });

  it('pages each connection until it is done and lists every URI once', async () => {
    const calls: SitemapEntriesQueryVariables[] = [];
    const run = async (variables: SitemapEntriesQueryVariables): Promise<SitemapEntriesQuery> => {
      calls.push({ ...variables });
      const second = variables.postsAfter === 'p1';
      return {
        posts: second
          ? connection(['/2024/b/'], 'p2', false)
          : connection(['/2024/a/'], 'p1', true),
        pages: connection(second ? [] : ['/about/'], null, false),
        categories: connection(second ? [] : ['/category/news/'], null, false),
        tags: connection(second ? [] : ['/tag/x/'], null, false),
        users: connection(second ? [] : ['/author/ann/', '/about/'], null, false),
      } as SitemapEntriesQuery;
    };

    const uris = await collectSitemapUris(run);

    expect(uris.sort()).toEqual([
      '/',
      '/2024/a/',
      '/2024/b/',
      '/about/',
      '/author/ann/',
      '/category/news/',
      '/tag/x/',
    ]);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.postsAfter).toBe('p1');
  });
});
