import { graphql, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';

import { parseWxr } from '../wxr';
import { createLocalSchema } from './create-local-schema';
import type { LocalGraphQLContext } from './visibility';

interface ItemSpec {
  id: number;
  title: string;
  type?: string;
  status?: string;
  date?: string;
  slug?: string;
  parent?: number;
  password?: string;
  author?: string;
  terms?: string;
  meta?: Record<string, string>;
}

function item(spec: ItemSpec): string {
  const meta = Object.entries(spec.meta ?? {})
    .map(
      ([key, value]) =>
        `<wp:postmeta><wp:meta_key>${key}</wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`,
    )
    .join('');
  const date = spec.date ?? '2024-01-01 10:00:00';
  return `<item><title>${spec.title}</title><dc:creator>${spec.author ?? 'ann'}</dc:creator>
    <content:encoded><![CDATA[<p>Body of ${spec.title}</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
    <wp:post_id>${spec.id}</wp:post_id><wp:post_date>${date}</wp:post_date><wp:post_date_gmt>${date}</wp:post_date_gmt>
    <wp:post_name>${spec.slug ?? spec.title.toLowerCase().replace(/\W+/g, '-')}</wp:post_name>
    <wp:status>${spec.status ?? 'publish'}</wp:status><wp:post_parent>${spec.parent ?? 0}</wp:post_parent>
    <wp:menu_order>0</wp:menu_order><wp:post_type>${spec.type ?? 'post'}</wp:post_type>
    <wp:post_password>${spec.password ?? ''}</wp:post_password><wp:is_sticky>0</wp:is_sticky>${spec.terms ?? ''}${meta}</item>`;
}

function menuItem(id: number, menu: string, pageId: number, parent = 0, order = 1): string {
  return item({
    id,
    title: '',
    type: 'nav_menu_item',
    slug: String(id),
    terms: `<category domain="nav_menu" nicename="${menu}">${menu}</category>`,
    meta: {
      _menu_item_type: 'post_type',
      _menu_item_object: 'page',
      _menu_item_object_id: String(pageId),
      _menu_item_menu_item_parent: String(parent),
      _menu_item_classes: 'a:1:{i:0;s:0:"";}',
    },
  }).replace('<wp:menu_order>0', `<wp:menu_order>${order}`);
}

const manyPosts = Array.from({ length: 105 }, (_, i) =>
  item({
    id: 1000 + i,
    title: `Filler ${i}`,
    date: `2020-01-01 00:${String(i % 60).padStart(2, '0')}:00`,
  }),
).join('');

const WXR = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:portico="https://portico.dev/wxr/1.0">
<channel><title>Test site</title><link>https://example.test</link><language>en</language>
<portico:show_on_front>page</portico:show_on_front><portico:page_on_front>10</portico:page_on_front>
<portico:page_for_posts>11</portico:page_for_posts><portico:posts_per_page>5</portico:posts_per_page>
<portico:menu_location location="primary">main</portico:menu_location>
<wp:author><wp:author_login>ann</wp:author_login><wp:author_display_name>Ann</wp:author_display_name></wp:author>
<wp:author><wp:author_login>bob</wp:author_login><wp:author_display_name>Bob</wp:author_display_name></wp:author>
<wp:category><wp:term_id>501</wp:term_id><wp:category_nicename>news</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>News</wp:cat_name></wp:category>
<wp:category><wp:term_id>502</wp:term_id><wp:category_nicename>local</wp:category_nicename><wp:category_parent>news</wp:category_parent><wp:cat_name>Local</wp:cat_name></wp:category>
<wp:term><wp:term_id>601</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy><wp:term_slug>main</wp:term_slug><wp:term_name>Main</wp:term_name></wp:term>
<wp:term><wp:term_id>602</wp:term_id><wp:term_taxonomy>nav_menu</wp:term_taxonomy><wp:term_slug>spare</wp:term_slug><wp:term_name>Spare</wp:term_name></wp:term>
${item({ id: 10, title: 'Home', type: 'page' })}
${item({ id: 11, title: 'Blog', type: 'page' })}
${item({ id: 12, title: 'Team', type: 'page', parent: 11 })}
${item({ id: 20, title: 'Local news', date: '2024-03-01 09:00:00', terms: '<category domain="category" nicename="local">Local</category>' })}
${item({ id: 21, title: 'Draft', status: 'draft', slug: '' })}
${item({ id: 22, title: 'Secret', password: 'open sesame', date: '2024-02-01 09:00:00' })}
${item({ id: 23, title: 'Tomorrow', date: '2030-01-01 00:00:00' })}
${item({ id: 24, title: 'Bobs draft', status: 'draft', author: 'bob' })}
${menuItem(30, 'main', 10, 0, 1)}
${menuItem(31, 'main', 12, 30, 2)}
${menuItem(32, 'spare', 11)}
${manyPosts}
</channel></rss>`;

const NOW = () => new Date('2025-06-01T00:00:00Z');

function schemaAt(now = NOW): GraphQLSchema {
  return createLocalSchema(parseWxr(WXR, 'test.xml'), { siteUrl: 'https://example.test', now });
}

async function run(
  query: string,
  viewer: LocalGraphQLContext['viewer'] = 'anonymous',
  schema = schemaAt(),
) {
  const result = await graphql({ schema, source: query, contextValue: { viewer } });
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('; '));
  return result.data as Record<string, unknown>;
}

describe('createLocalSchema', () => {
  it('answers the static front page at / and the posts page as the post ContentType', async () => {
    const data = await run(`{
      home: nodeByUri(uri: "/") { __typename ... on Page { databaseId isFrontPage } }
      blog: nodeByUri(uri: "/blog/") { __typename ... on ContentType { name isPostsPage isFrontPage uri } }
      readingSettings { showOnFront pageOnFront pageForPosts postsPerPage }
    }`);
    expect(data).toEqual({
      home: { __typename: 'Page', databaseId: 10, isFrontPage: true },
      blog: {
        __typename: 'ContentType',
        name: 'post',
        isPostsPage: true,
        isFrontPage: false,
        uri: '/blog/',
      },
      readingSettings: { showOnFront: 'page', pageOnFront: 10, pageForPosts: 11, postsPerPage: 5 },
    });
  });

  it('hides drafts from anonymous viewers and shows them to the editor', async () => {
    const query = '{ nodeByUri(uri: "/?p=21") { ... on Post { title status } } }';
    expect(await run(query)).toEqual({ nodeByUri: null });
    expect(await run(query, 'editor')).toEqual({ nodeByUri: { title: 'Draft', status: 'draft' } });
  });

  it('restricts a password-protected post for anonymous viewers only', async () => {
    const query = `{ post(id: "22", idType: DATABASE_ID) { title isRestricted hasPassword password date content } }`;
    const anonymous = await run(query);
    expect(anonymous.post).toEqual({
      title: 'Secret',
      isRestricted: true,
      hasPassword: true,
      password: null,
      date: null,
      content: null,
    });
    const editor = (await run(query, 'editor')).post as Record<string, unknown>;
    expect(editor).toMatchObject({
      isRestricted: false,
      password: 'open sesame',
      date: '2024-02-01T09:00:00',
    });
    expect(editor.content).toContain('Body of Secret');
  });

  it('publishes a scheduled post once its date has passed', async () => {
    const query = '{ nodeByUri(uri: "/2030/01/01/tomorrow/") { ... on Post { databaseId } } }';
    expect(await run(query)).toEqual({ nodeByUri: null });
    const later = schemaAt(() => new Date('2031-01-01T00:00:00Z'));
    expect(await run(query, 'anonymous', later)).toEqual({ nodeByUri: { databaseId: 23 } });
  });

  it('lists only menus that have a location for anonymous viewers, with nested items', async () => {
    const data = await run(`{
      menus { nodes { name locations } }
      menuItems(where: { location: PRIMARY, parentDatabaseId: 0 }) {
        nodes { databaseId label uri childItems { nodes { label uri parentDatabaseId } } }
      }
    }`);
    expect(data).toEqual({
      menus: { nodes: [{ name: 'Main', locations: ['PRIMARY'] }] },
      menuItems: {
        // Menu items get fresh ids on import (the next after post 24), as WordPress's importer gives.
        nodes: [
          {
            databaseId: 25,
            label: 'Home',
            uri: '/',
            childItems: { nodes: [{ label: 'Team', uri: '/blog/team/', parentDatabaseId: 25 }] },
          },
        ],
      },
    });
    const editor = await run('{ menus { nodes { name } } }', 'editor');
    expect(editor).toEqual({ menus: { nodes: [{ name: 'Main' }, { name: 'Spare' }] } });
  });

  it('finds a menu by the location name the theme registers, as menu(idType: LOCATION) does', async () => {
    const data = await run(`{
      byName: menu(id: "primary", idType: LOCATION) { name }
      unknown: menu(id: "sidebar", idType: LOCATION) { name }
    }`);
    expect(data).toEqual({ byName: { name: 'Main' }, unknown: null });
  });

  it('caps first at 100 and pages backwards with last and before', async () => {
    const capped = await run(
      '{ posts(first: 500) { nodes { databaseId } pageInfo { hasNextPage } } }',
    );
    const nodes = (capped.posts as { nodes: unknown[]; pageInfo: { hasNextPage: boolean } }).nodes;
    expect(nodes).toHaveLength(100);
    expect((capped.posts as { pageInfo: { hasNextPage: boolean } }).pageInfo.hasNextPage).toBe(
      true,
    );

    const newest = await run('{ posts(first: 2) { pageInfo { endCursor } nodes { databaseId } } }');
    const cursor = (newest.posts as { pageInfo: { endCursor: string } }).pageInfo.endCursor;
    const back = await run(
      `{ posts(last: 1, before: "${cursor}") { nodes { databaseId } pageInfo { hasPreviousPage hasNextPage } } }`,
    );
    expect(back.posts).toEqual({
      nodes: [{ databaseId: 20 }],
      pageInfo: { hasPreviousPage: false, hasNextPage: true },
    });
  });

  it('filters posts by a parent category name including its children, and by search', async () => {
    const data = await run(`{
      byCategory: posts(where: { categoryName: "news" }) { nodes { databaseId } }
      bySearch: posts(where: { search: "body of secret" }) { nodes { databaseId } }
    }`);
    expect(data).toEqual({
      byCategory: { nodes: [{ databaseId: 20 }] },
      bySearch: { nodes: [{ databaseId: 22 }] },
    });
  });

  it('shows anonymous viewers only users with published posts', async () => {
    expect(await run('{ users { nodes { slug } } }')).toEqual({
      users: { nodes: [{ slug: 'ann' }] },
    });
    expect(await run('{ nodeByUri(uri: "/author/bob/") { __typename } }')).toEqual({
      nodeByUri: null,
    });
  });

  it('resolves a category by its short path and answers with the full one', async () => {
    const data = await run(
      '{ nodeByUri(uri: "/category/local/") { uri ... on Category { parentDatabaseId count } } }',
    );
    expect(data).toEqual({
      nodeByUri: { uri: '/category/news/local/', parentDatabaseId: 2, count: 1 },
    });
  });

  it('resolves nodes by global id', async () => {
    const data = await run(
      `{ node(id: "${Buffer.from('post:12').toString('base64')}") { ... on Page { uri parentDatabaseId } } }`,
    );
    expect(data).toEqual({ node: { uri: '/blog/team/', parentDatabaseId: 11 } });
  });
});
