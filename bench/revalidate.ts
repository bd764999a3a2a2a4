/**
 * Revalidation benchmark (issue 7): how long from WordPress's webhook call until the site
 * serves the new content, and what a revalidation every second costs a page under load.
 * Runs against a production build (PORTICO_DIST_DIR, default .next) and a loopback WordPress
 * over HTTP whose content the benchmark edits. `npm run bench:revalidate`.
 * @module
 */
import { readFile } from 'node:fs/promises';

import type { GraphQLSchema } from 'graphql';

import { createLocalSchema } from '@/lib/wordpress/local/schema';
import { parseWxr, type WxrDocument } from '@/lib/wordpress/local/wxr';
import { buildSignedRequest, type WebhookPayload } from '@/lib/wordpress/webhook';
import { DEMO_EXPORT } from '@/tests/support/fixtures';
import { startFakeWordPress } from '@/tests/support/fake-wordpress';
import { startSite } from '@/tests/support/site-server';

import { runLoad, type LoadResult } from './load';
import { percentile } from './percentile';

const SECRET = 'benchmark-revalidate-secret-0123456789abcdef';
const EDITS = 20;
const LOAD_SECONDS = 10;
const CONNECTIONS = 10;

let document: WxrDocument = parseWxr(await readFile(DEMO_EXPORT, 'utf8'), DEMO_EXPORT);
let current: GraphQLSchema = createLocalSchema(document);
const post = document.items.find(
  (item) => item.type === 'post' && item.status === 'publish' && !item.password,
);
if (!post) throw new Error('the demo export has no published post');
const postUri = new URL(post.link).pathname;

const swappable = new Proxy(current, { get: (_target, key) => Reflect.get(current, key) });
const wordpress = await startFakeWordPress(() => swappable);
const site = await startSite({
  WORDPRESS_GRAPHQL_URL: wordpress.graphqlUrl,
  REVALIDATE_SECRET: SECRET,
});
let events = 0;

function retitle(title: string): void {
  const items = document.items.map((item) => (item.id === post!.id ? { ...item, title } : item));
  document = { ...document, items };
  current = createLocalSchema(document);
}

async function sendWebhookNow(): Promise<void> {
  events += 1;
  const payload: WebhookPayload = {
    id: `evt-bench-${process.pid}-${events}`,
    event: 'post.updated',
    post: { databaseId: post!.id, type: 'post', uri: postUri, previousUri: null, archiveUris: [] },
  };
  const { headers, body } = buildSignedRequest(payload, SECRET);
  const response = await fetch(`${site.url}/api/revalidate/`, { method: 'POST', headers, body });
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

async function measureEdit(index: number): Promise<number> {
  const title = `Benchmark edit ${index} ${Date.now()}`;
  retitle(title);
  const started = performance.now();
  await sendWebhookNow();
  for (;;) {
    const html = await (await fetch(`${site.url}${postUri}`)).text();
    if (html.includes(title)) return performance.now() - started;
    if (performance.now() - started > 30_000) throw new Error('the edit never showed');
  }
}

async function loadWithRevalidation(everyMs: number | null): Promise<LoadResult> {
  const timer = everyMs ? setInterval(() => void sendWebhookNow(), everyMs) : null;
  try {
    return await runLoad(`${site.url}${postUri}`, CONNECTIONS, LOAD_SECONDS);
  } finally {
    if (timer) clearInterval(timer);
  }
}

try {
  await fetch(`${site.url}${postUri}`);
  const latencies: number[] = [];
  for (let index = 0; index < EDITS; index += 1) latencies.push(await measureEdit(index));
  latencies.sort((a, b) => a - b);

  const quiet = await loadWithRevalidation(null);
  const revalidating = await loadWithRevalidation(1000);
  const row = (name: string, r: LoadResult) =>
    `| ${name} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.non2xx + r.errors} |`;
  console.log(
    [
      `Webhook → new title served, ${EDITS} edits: p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)?.toFixed(1)} ms`,
      '',
      `| ${postUri}, ${CONNECTIONS} connections, ${LOAD_SECONDS} s | req/s | p50 ms | p99 ms | errors |`,
      '| --- | --- | --- | --- | --- |',
      row('no revalidation', quiet),
      row('a webhook every second', revalidating),
    ].join('\n'),
  );
} finally {
  await site.stop();
  await wordpress.close();
}
