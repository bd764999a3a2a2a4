import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_EXPORT } from '@/tests/support/fixtures';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The editors' preview and the export watcher, with the embedded WordPress: a copy of the demo
// export whose draft "Notes on design tokens" (post 120) must show only inside a preview.
const DRAFT_ID = 120;
const DRAFT_TITLE = 'Notes on design tokens';

let site: SiteServer;
let exportFile: string;
let previewSecret: string;
let previewUrl: string;

beforeAll(async () => {
  exportFile = path.join(mkdtempSync(path.join(tmpdir(), 'portico-preview-')), 'site.xml');
  copyFileSync(DEMO_EXPORT, exportFile);
  site = await startSite({ WORDPRESS_EXPORT_FILE: exportFile, LOG_LEVEL: 'info' });
  const line = site
    .output()
    .split('\n')
    .find((entry) => entry.includes('"preview.local_editor"'));
  if (!line) throw new Error(`no preview line at start-up:\n${site.output()}`);
  const logged = JSON.parse(line) as { previewSecret: string; previewUrl: string };
  previewSecret = logged.previewSecret;
  previewUrl = logged.previewUrl;
});

afterAll(async () => {
  await site?.stop();
});

function get(pathAndQuery: string, cookie?: string): Promise<Response> {
  return fetch(`${site.url}${pathAndQuery}`, {
    redirect: 'manual',
    headers: cookie ? { cookie } : {},
  });
}

/** The cookies a response sets, as a Cookie header. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}

async function startPreview(id = DRAFT_ID): Promise<string> {
  const response = await get(`/api/preview/?secret=${encodeURIComponent(previewSecret)}&id=${id}`);
  expect(response.status).toBe(307);
  expect(response.headers.get('location')).toBe(`/preview/${id}/`);
  return cookiesOf(response);
}

describe('editors’ preview', () => {
  it('prints a ready preview link for a demo draft at start-up, and the link works', async () => {
    expect(previewSecret.length).toBeGreaterThanOrEqual(32);
    const link = new URL(previewUrl);
    expect(link.origin).toBe(site.url);
    expect(link.searchParams.get('secret')).toBe(previewSecret);

    const started = await fetch(previewUrl, { redirect: 'manual' });
    expect(started.status).toBe(307);
    const preview = await get(started.headers.get('location') ?? '', cookiesOf(started));
    expect(preview.status).toBe(200);
    expect(await preview.text()).toMatch(/Preview of draft:<\/strong> (<!-- -->)?Pricing/);
  });

  it('refuses a preview link without the secret or with a wrong one', async () => {
    const missing = await get(`/api/preview/?id=${DRAFT_ID}`);
    const wrong = await get(`/api/preview/?secret=not-the-secret&id=${DRAFT_ID}`);
    for (const response of [missing, wrong]) {
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
      expect(await response.text()).not.toContain(DRAFT_TITLE);
    }
  });

  it('shows the draft with a preview bar, privately and with noindex', async () => {
    const cookie = await startPreview();
    expect(cookie).toContain('portico-preview=');
    expect(cookie).toContain('__prerender_bypass=');

    const response = await get(`/preview/${DRAFT_ID}/`, cookie);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain(`<strong>Preview of draft:</strong> <!-- -->${DRAFT_TITLE}`);
    expect(html).toContain('href="/api/preview/exit/?to=%2F"');
    expect(response.headers.get('cache-control')).toMatch(/private/);
    expect(response.headers.get('cache-control')).toMatch(/no-store/);
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  });

  it('seals the preview cookie HttpOnly, SameSite=Lax and short-lived', async () => {
    const response = await get(`/api/preview/?secret=${encodeURIComponent(previewSecret)}&id=120`);
    const header = response.headers.getSetCookie().find((c) => c.startsWith('portico-preview='));
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Max-Age=3600/);
    expect(header).not.toContain(String(DRAFT_ID) + ';');
  });

  it('never shows the draft outside a preview, even after one', async () => {
    const cookie = await startPreview();
    await get(`/preview/${DRAFT_ID}/`, cookie);

    const anonymous = await get(`/preview/${DRAFT_ID}/`);
    expect(anonymous.status).toBe(404);
    expect(await anonymous.text()).not.toContain(DRAFT_TITLE);

    const plainLink = await get(`/?p=${DRAFT_ID}`);
    expect(plainLink.status).toBe(404);
    expect(await plainLink.text()).not.toContain(DRAFT_TITLE);

    const home = await get('/');
    expect(await home.text()).not.toContain(DRAFT_TITLE);
  });

  it('refuses a preview cookie for another post', async () => {
    const cookie = await startPreview();
    const other = await get('/preview/22/', cookie);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('Pricing');
  });

  it('exits preview: cookies cleared and back to a site path', async () => {
    const cookie = await startPreview();
    const exit = await get('/api/preview/exit/?to=%2F', cookie);
    expect(exit.status).toBe(303);
    expect(exit.headers.get('location')).toBe('/');
    const cleared = exit.headers.getSetCookie().join('\n');
    expect(cleared).toMatch(/portico-preview=;/);
    expect(cleared).toMatch(/__prerender_bypass=;/);

    const offSite = await get('/api/preview/exit/?to=%2F%2Fevil.example%2F', cookie);
    expect(offSite.headers.get('location')).toBe('/');
  });
});

describe('export watcher', () => {
  it('shows an edit of the export file without a restart or a webhook', async () => {
    expect(await (await get('/')).text()).toContain('Northwind Studio');

    const marker = `Edited while running ${Date.now()}`;
    const original = readFileSync(exportFile, 'utf8');
    const renamed = original.replace('<title>Northwind Studio</title>', `<title>${marker}</title>`);
    expect(renamed).not.toBe(original);
    const started = Date.now();
    writeFileSync(exportFile, renamed);

    let seen = false;
    while (!seen && Date.now() - started < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = (await (await get('/')).text()).includes(marker);
    }
    expect(seen).toBe(true);
  });
});
