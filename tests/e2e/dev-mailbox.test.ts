import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { createLocalMailbox } from '@/lib/mail/local-mailbox';
import { createOutbox, type Outbox } from '@/lib/outbox/outbox';
import { launchBrowser } from '@/tests/support/browser';
import { startSite, type SiteServer } from '@/tests/support/site-server';

const SECRET = 'dev-mailbox-e2e-secret-with-enough-length-01';
const FROM = 'Portico <no-reply@127.0.0.1>';
const CONFIRM_LINK = 'http://127.0.0.1:9/newsletter/confirm/?token=Fe26.2**abc*def';
const UNSUBSCRIBE = '<http://127.0.0.1:9/newsletter/unsubscribe/one-click/?token=xyz>';

let site: SiteServer;
let browser: Browser;
let outbox: Outbox;
let queuedId: string;
let dataDir: string;

async function waitForDelivery(id: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (outbox.store.get(id)?.state === 'delivered') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server's worker did not deliver ${id}:\n${site.output()}`);
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'portico-mailbox-e2e-'));
  outbox = createOutbox(openDatabase(path.join(dataDir, 'portico.db')), SECRET);
  // Waiting in the outbox before the server starts: its worker must deliver it.
  queuedId = outbox.enqueue(
    'mail',
    {
      to: 'José Núñez <jose@example.com>',
      subject: 'Please confirm your newsletter subscription',
      text: `Hello José,\n\nTo confirm, open this link:\n\n${CONFIRM_LINK}\n\nThanks.`,
      html: '<p>Hi <img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script></p>',
      headers: {
        'List-Unsubscribe': UNSUBSCRIBE,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    },
    { subjectEmail: 'jose@example.com' },
  );
  [site, browser] = await Promise.all([
    startSite({ DATA_DIR: dataDir, PORTICO_SECRET: SECRET, LOG_LEVEL: 'info' }),
    launchBrowser(),
  ]);
  await waitForDelivery(queuedId);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('/dev/mailbox', () => {
  it('shows the mail the server delivered from its outbox, with real links and no HTML', async () => {
    // Stored after the delivered one: the list must show it first.
    await createLocalMailbox(path.join(dataDir, 'mailbox'), FROM).send({
      to: 'li.lei@example.cn',
      subject: 'Welcome to the Portico newsletter',
      text: 'Welcome!',
    });
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}/dev/mailbox/`);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain(
        'noindex',
      );
      const subjects = await page.locator('tbody tr td:nth-child(3) a').allTextContents();
      expect(subjects).toEqual([
        'Welcome to the Portico newsletter',
        'Please confirm your newsletter subscription',
      ]);

      await page.getByRole('link', { name: 'Please confirm your newsletter subscription' }).click();
      await page.waitForURL(/\/dev\/mailbox\/[0-9a-f]{32}\/$/);
      const link = page.locator('[data-mail-body] a');
      expect(await link.getAttribute('href')).toBe(CONFIRM_LINK);
      expect(await link.textContent()).toBe(CONFIRM_LINK);
      expect(await page.locator('[data-header="list-unsubscribe"]').textContent()).toBe(
        UNSUBSCRIBE,
      );
      expect(await page.locator('[data-header="list-unsubscribe-post"]').textContent()).toBe(
        'List-Unsubscribe=One-Click',
      );
      expect(await page.locator('[data-mail-body]').textContent()).toContain('Hello José,');
      expect(await page.locator('main img').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

      // The same link keeps answering the same mail.
      const again = await page.goto(page.url());
      expect(again?.status()).toBe(200);
    } finally {
      await page.close();
    }
  });

  it('erases the delivered payload and logs no personal data', () => {
    expect(outbox.store.get(queuedId)).toMatchObject({ state: 'delivered', hasPayload: false });
    expect(outbox.store.get(queuedId)?.externalId).toMatch(/^<[0-9a-f]{32}@127\.0\.0\.1>$/);
    expect(site.output()).toContain('"event":"outbox.worker_started"');
    expect(site.output()).toContain('"event":"outbox.delivered"');
    expect(site.output()).not.toContain('jose@example.com');
  });

  it('serves the raw message as plain text and 404 for an unknown id', async () => {
    const list = await (await fetch(`${site.url}/dev/mailbox/`)).text();
    const id = /\/dev\/mailbox\/([0-9a-f]{32})\//.exec(list)?.[1];
    const raw = await fetch(`${site.url}/dev/mailbox/${id}/raw/`);
    expect(raw.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await raw.text()).toMatch(/^Message-ID: /m);
    expect((await fetch(`${site.url}/dev/mailbox/${'0'.repeat(32)}/`)).status).toBe(404);
    expect((await fetch(`${site.url}/dev/mailbox/..%2Fportico-secret/raw/`)).status).toBe(404);
  });

  it('does not exist with the dev pages off', async () => {
    const closed = await startSite({
      DATA_DIR: dataDir,
      PORTICO_SECRET: SECRET,
      PORTICO_DEV_PAGES: 'off',
    });
    try {
      expect((await fetch(`${closed.url}/dev/mailbox/`)).status).toBe(404);
      const list = await (await fetch(`${site.url}/dev/mailbox/`)).text();
      const id = /\/dev\/mailbox\/([0-9a-f]{32})\//.exec(list)?.[1];
      expect((await fetch(`${closed.url}/dev/mailbox/${id}/`)).status).toBe(404);
      expect((await fetch(`${closed.url}/dev/mailbox/${id}/raw/`)).status).toBe(404);
    } finally {
      await closed.stop();
    }
  });

  it('does not exist for a visitor from another machine, even with the dev pages on', async () => {
    // Behind a trusted proxy the proxy names the client; without one, the socket does.
    const proxied = await startSite({
      DATA_DIR: dataDir,
      PORTICO_SECRET: SECRET,
      TRUST_PROXY: 'true',
    });
    try {
      const list = await (await fetch(`${site.url}/dev/mailbox/`)).text();
      const id = /\/dev\/mailbox\/([0-9a-f]{32})\//.exec(list)?.[1];
      for (const path of [
        '/dev/mailbox/',
        `/dev/mailbox/${id}/`,
        `/dev/mailbox/${id}/raw/`,
        '/dev/crm/',
      ]) {
        const fromAfar = await fetch(`${proxied.url}${path}`, {
          headers: { 'x-forwarded-for': '203.0.113.9' },
        });
        expect(fromAfar.status, path).toBe(404);
        const fromHere = await fetch(`${proxied.url}${path}`, {
          headers: { 'x-forwarded-for': '127.0.0.1' },
        });
        expect(fromHere.status, path).toBe(200);
      }
    } finally {
      await proxied.stop();
    }
  });
});
