import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { graphql, type GraphQLSchema } from 'graphql';

import { decodeHtmlText } from '@/lib/wordpress/html/decode';
import { createLocalSchema } from '@/lib/wordpress/local/schema';
import { parseWxr } from '@/lib/wordpress/local/wxr';
import { DEMO_EXPORT } from '@/tests/support/fixtures';
import { startFakeWordPress, type FakeWordPress } from '@/tests/support/fake-wordpress';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The real side of the content switch: WPGraphQL over HTTP through Apollo's HttpLink, against
// a WordPress on loopback that answers from the demo export.
const USER = 'portico-site';
const APP_PASSWORD = 'abcd efgh ijkl mnop';
const EDITOR_AUTH = `Basic ${Buffer.from(`${USER}:${APP_PASSWORD}`).toString('base64')}`;

let wordpress: FakeWordPress;
let site: SiteServer;
let postUri: string;
let postTitle: string;
let schema: GraphQLSchema;

beforeAll(async () => {
  const document = parseWxr(await readFile(DEMO_EXPORT, 'utf8'), DEMO_EXPORT);
  // The schema keeps the export's own host as WordPress's URL, as a WordPress behind a proxy
  // would: links to it and to the GraphQL endpoint's origin must both become site paths.
  schema = createLocalSchema(document);
  wordpress = await startFakeWordPress(() => schema, EDITOR_AUTH);
  site = await startSite({
    WORDPRESS_GRAPHQL_URL: wordpress.graphqlUrl,
    WORDPRESS_AUTH_USER: USER,
    WORDPRESS_APPLICATION_PASSWORD: APP_PASSWORD,
  });
  const published = document.items.find(
    (item) => item.type === 'post' && item.status === 'publish' && !item.password,
  );
  if (!published) throw new Error('the demo export has no published post');
  postUri = new URL(published.link).pathname;
  const answer = await graphql({
    schema,
    source: 'query($uri: String!) { nodeByUri(uri: $uri) { ... on Post { title } } }',
    variableValues: { uri: postUri },
    contextValue: { viewer: 'anonymous' },
  });
  const title = (answer.data?.nodeByUri as { title?: string } | null)?.title;
  if (!title) throw new Error(`no title for ${postUri}: ${JSON.stringify(answer.errors)}`);
  postTitle = decodeHtmlText(title);
});

afterAll(async () => {
  await site?.stop();
  await wordpress?.close();
});

function graphqlRequestsSince(start: number): number {
  return wordpress.requests.length - start;
}

describe('content from WordPress over HTTP', () => {
  it('renders a post with one GraphQL round trip, then serves it from the cache', async () => {
    const before = wordpress.requests.length;
    const first = await fetch(`${site.url}${postUri}`);
    const html = await first.text();

    expect(first.status).toBe(200);
    expect(html).toContain(escapeHtml(postTitle));
    expect(wordpress.requests.slice(before)).toEqual([
      { operationName: 'NodeByUri', authorization: undefined },
    ]);
    expect(wordpress.requests.at(-1)?.operationName).toBe('NodeByUri');
    expect(wordpress.requests.at(-1)?.authorization).toBeUndefined();

    const second = await fetch(`${site.url}${postUri}`);
    expect(second.status).toBe(200);
    expect(graphqlRequestsSince(before)).toBe(1);
  });

  it('turns links to WordPress into site paths', async () => {
    const html = await (await fetch(`${site.url}${postUri}`)).text();
    expect(html).not.toContain(wordpress.url);
    expect(html).not.toContain('demo.portico.invalid');
  });

  it('answers an unknown URI with a 404 page', async () => {
    const response = await fetch(`${site.url}/no/such/page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it('keeps serving cached pages while WordPress is down', async () => {
    await fetch(`${site.url}${postUri}`);
    wordpress.setDown(true);
    try {
      const cached = await fetch(`${site.url}${postUri}`);
      expect(cached.status).toBe(200);
      expect(await cached.text()).toContain(escapeHtml(postTitle));

      const uncached = await fetch(`${site.url}/category/never-asked-before/`);
      expect(uncached.status).toBeGreaterThanOrEqual(500);
      expect((await uncached.text()).length).toBeGreaterThan(0);
    } finally {
      wordpress.setDown(false);
    }
  });
});

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/'/g, '&#x27;')
    .replace(/"/g, '&quot;');
}
