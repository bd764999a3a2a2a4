import { readFile } from 'node:fs/promises';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { GraphQLSchema } from 'graphql';

import { createLocalSchema } from '@/lib/wordpress/local/schema';
import { parseWxr, type WxrDocument, type WxrItem } from '@/lib/wordpress/local/wxr';
import { buildSignedRequest, type WebhookPayload } from '@/lib/wordpress/webhook';
import { DEMO_EXPORT } from '@/tests/support/fixtures';
import { startFakeWordPress, type FakeWordPress } from '@/tests/support/fake-wordpress';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The webhook against WordPress over HTTP: a loopback WordPress whose content the test edits,
// and whose GraphQL request count shows exactly which cached pages a webhook dropped.
const SECRET = 'revalidate-secret-for-the-e2e-test-0123456789';
const USER = 'portico-site';
const APP_PASSWORD = 'abcd efgh ijkl mnop';

let wordpress: FakeWordPress;
let site: SiteServer;
let document: WxrDocument;
let current: GraphQLSchema;
let post: WxrItem;
let postUri: string;
let otherUri: string;
let eventCount = 0;

beforeAll(async () => {
  document = parseWxr(await readFile(DEMO_EXPORT, 'utf8'), DEMO_EXPORT);
  current = createLocalSchema(document);
  // The fake WordPress builds its schema once; a proxy lets the test swap in edited content.
  const swappable = new Proxy(current, { get: (_target, key) => Reflect.get(current, key) });
  wordpress = await startFakeWordPress(
    () => swappable,
    `Basic ${Buffer.from(`${USER}:${APP_PASSWORD}`).toString('base64')}`,
  );
  site = await startSite({
    WORDPRESS_GRAPHQL_URL: wordpress.graphqlUrl,
    WORDPRESS_AUTH_USER: USER,
    WORDPRESS_APPLICATION_PASSWORD: APP_PASSWORD,
    REVALIDATE_SECRET: SECRET,
  });
  const published = document.items.filter(
    (item) => item.type === 'post' && item.status === 'publish' && !item.password,
  );
  if (published.length < 2) throw new Error('the demo export needs two published posts');
  post = published[0]!;
  postUri = new URL(post.link).pathname;
  otherUri = new URL(published[1]!.link).pathname;
});

afterAll(async () => {
  await site?.stop();
  await wordpress?.close();
});

function retitle(title: string): void {
  const items = document.items.map((item) => (item.id === post.id ? { ...item, title } : item));
  document = { ...document, items };
  current = createLocalSchema(document);
}

function postEvent(): WebhookPayload {
  eventCount += 1;
  return {
    id: `evt-e2e-${process.pid}-${eventCount}`,
    event: 'post.updated',
    post: { databaseId: post.id, type: 'post', uri: postUri, previousUri: null, archiveUris: [] },
  };
}

function send(request: { headers: Record<string, string>; body: string }): Promise<Response> {
  return fetch(`${site.url}/api/revalidate/`, {
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
}

async function pageText(uri: string): Promise<string> {
  const response = await fetch(`${site.url}${uri}`);
  expect(response.status).toBe(200);
  return response.text();
}

/** Fetches the page and says whether the site asked WordPress for it (a cache miss). */
async function wasRendered(uri: string): Promise<boolean> {
  const before = wordpress.requests.length;
  await pageText(uri);
  return wordpress.requests.length > before;
}

describe('the revalidation webhook', () => {
  it('refuses bad signatures, old timestamps, other content types and changes nothing', async () => {
    await pageText(postUri);
    retitle('Refused edit that must not show');

    const forged = buildSignedRequest(postEvent(), `${SECRET}-wrong`);
    const old = buildSignedRequest(postEvent(), SECRET, Date.now() - 6 * 60 * 1000);
    const form = buildSignedRequest(postEvent(), SECRET);
    form.headers['content-type'] = 'application/x-www-form-urlencoded';
    const unsigned = { headers: { 'content-type': 'application/json' }, body: '{}' };
    const huge = buildSignedRequest(postEvent(), SECRET);
    huge.body = huge.body.padEnd(70_000, ' ');

    expect((await send(forged)).status).toBe(401);
    expect((await send(old)).status).toBe(401);
    expect((await send(form)).status).toBe(400);
    expect((await send(unsigned)).status).toBe(401);
    expect((await send(huge)).status).toBe(413);

    expect(await wasRendered(postUri)).toBe(false);
    expect(await pageText(postUri)).not.toContain('Refused edit that must not show');
  });

  it('revalidates a signed post update: the next request shows the new title', async () => {
    const title = `Retitled by webhook ${Date.now()}`;
    retitle(title);
    const response = await send(buildSignedRequest(postEvent(), SECRET));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { tags: string[] }).tags).toContain(`wp:uri:${postUri}`);

    expect(await pageText(postUri)).toContain(title);
  });

  it('drops only the affected pages: another post stays cached', async () => {
    await pageText(otherUri);
    await pageText('/');
    const response = await send(buildSignedRequest(postEvent(), SECRET));
    expect(response.status).toBe(200);

    expect(await wasRendered(otherUri)).toBe(false);
    expect(await wasRendered('/')).toBe(true);
    expect(await wasRendered(postUri)).toBe(true);
  });

  it('refuses a replayed request and leaves the cache alone', async () => {
    const request = buildSignedRequest(postEvent(), SECRET);
    expect((await send(request)).status).toBe(200);
    await pageText(postUri);

    expect((await send(request)).status).toBe(401);
    expect(await wasRendered(postUri)).toBe(false);
  });

  it('revalidates every page on a menu change', async () => {
    await pageText(otherUri);
    const payload: WebhookPayload = { id: `evt-e2e-menu-${process.pid}`, event: 'menu.updated' };
    expect((await send(buildSignedRequest(payload, SECRET))).status).toBe(200);
    expect(await wasRendered(otherUri)).toBe(true);
  });
});
