import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import {
  askForLink,
  callbackUrlOf,
  followSignInLink,
  nextSignInLink,
  signIn,
  signInMailIds,
} from '@/tests/support/accounts';
import { launchBrowser } from '@/tests/support/browser';
import { eventually, localCrm, waitForMail } from '@/tests/support/dev-backends';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The customers' pages in Chromium, signed in through the local mailbox as the local CRM's
// demo customers (lib/crm/local/demo-customers.ts): Mira has 25 orders, Tobias 2, Ines none.
// Each context comes from its own address, so the per-client sign-in limit stays out of the
// way (accounts-security.test.ts tests it).
const MIRA = 'mira.quillfeather@example.com';
const TOBIAS = 'tobias.brennwald@example.org';
const INES = 'ines.okonkwo-laurent@example.com';

let site: SiteServer;
let browser: Browser;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-accounts-'));
let nextAddress = 10;
let miraContext: BrowserContext;
let miraOrderIds: string[] = [];

beforeAll(async () => {
  [site, browser] = await Promise.all([
    startSite({ DATA_DIR: dataDir, TRUST_PROXY: 'true' }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

function newContext(javaScriptEnabled = true): Promise<BrowserContext> {
  nextAddress += 1;
  return browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${nextAddress}` },
  });
}

/** The rows of the orders table: number, date, status, total. */
async function orderRows(context: BrowserContext, pathname: string) {
  const page = await context.newPage();
  await page.goto(`${site.url}${pathname}`);
  const rows = await page.$$eval('main table tbody tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
  );
  const hrefs = await page.$$eval('main table tbody a', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  return { page, rows, hrefs };
}

const sessionCookie = async (context: BrowserContext) =>
  (await context.cookies()).find((cookie) => cookie.name.endsWith('authjs.session-token'));

describe('signing in and the orders', () => {
  it('signs a demo customer in through the local mailbox and lists her orders, newest first, 10 a page', async () => {
    miraContext = await newContext();
    const { page } = await signIn(miraContext, site.url, MIRA);
    expect(await page.textContent('h1')).toBe('Your orders');
    expect(await page.textContent('main')).toContain(`Signed in as ${MIRA}`);

    const first = await orderRows(miraContext, '/account/');
    expect(first.rows).toHaveLength(10);
    expect(await first.page.textContent('main')).toContain('Page 1 of 3');
    const dates = first.rows.map((row) => Date.parse(`${row[1]} UTC`));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const row of first.rows) expect(row[3]).toMatch(/^(?:€|£|\$|CHF|US\$)\s?[\d,]+\.\d{2}$/);

    await first.page.getByRole('link', { name: 'Older orders' }).click();
    await first.page.waitForURL(/\/account\/\?page=2$/);
    const second = await orderRows(miraContext, '/account/?page=3');
    expect(second.rows).toHaveLength(5);
    const lastOfFirst = dates.at(-1)!;
    const secondDates = second.rows.map((row) => Date.parse(`${row[1]} UTC`));
    expect(Math.max(...secondDates)).toBeLessThanOrEqual(lastOfFirst);
    miraOrderIds = [...first.hrefs, ...second.hrefs];

    // Past the last page, and past how far the CRM pages at all: a clear note, never an error.
    for (const beyond of ['/account/?page=4', '/account/?page=202', '/account/?page=999999']) {
      const page = await miraContext.newPage();
      const response = await page.goto(`${site.url}${beyond}`);
      expect(response?.status(), beyond).toBe(200);
      expect(await page.textContent('main'), beyond).toContain('There are no orders on this page.');
      await page.close();
    }
  });

  it("shows an order's lines: product, quantity, unit price and line total", async () => {
    const page = await miraContext.newPage();
    const response = await page.goto(`${site.url}${miraOrderIds[0]}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    expect(await page.textContent('h1')).toMatch(/^Order \S+/);
    const headers = await page.$$eval('main table thead th', (ths) =>
      ths.map((th) => th.textContent),
    );
    expect(headers).toEqual(['Product', 'Quantity', 'Unit price', 'Line total']);
    const lines = await page.$$eval('main table tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const [product, quantity, unit, total] of lines) {
      expect(product).not.toBe('');
      expect(Number(quantity)).toBeGreaterThan(0);
      const amount = (text = '') => Number(text.replace(/[^\d.]/g, ''));
      expect(amount(total)).toBeCloseTo(amount(unit) * Number(quantity), 2);
    }
  });

  it("answers another customer's order id with the same 404 as an unknown one, without JavaScript", async () => {
    const context = await newContext(false);
    const { page } = await signIn(context, site.url, TOBIAS);
    expect(await page.$$('main table tbody tr')).toHaveLength(2);

    const read = async (id: string) => {
      const response = await context.request.get(`${site.url}/account/orders/${id}/`);
      // Each answer carries its own CSP nonce and echoes the id asked; nothing else may differ.
      const body = (await response.text())
        .replaceAll(id, '<id>')
        .replace(/[A-Za-z0-9+/]{22}==/g, '<nonce>');
      return { status: response.status(), body };
    };
    const miraOrderId = /\/account\/orders\/([^/]+)\//.exec(miraOrderIds[0]!)![1]!;
    const theirs = await read(miraOrderId);
    const unknown = await read(`${miraOrderId.slice(0, 6)}${'Z'.repeat(miraOrderId.length - 6)}`);
    expect(theirs.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(theirs.body).toBe(unknown.body);
    expect(theirs.body).not.toContain('Line total');
    await context.close();
  });

  it('sends a visitor without a session to the login page, and back after signing in', async () => {
    const context = await newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/account/data/`);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    expect(page.url()).toBe(`${site.url}/account/login/?callbackUrl=%2Faccount%2Fdata%2F`);
    await context.close();
  });
});

describe('my data', () => {
  it('downloads everything as a JSON attachment', async () => {
    const response = await miraContext.request.get(`${site.url}/account/data/download/`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-disposition']).toBe('attachment; filename="my-data.json"');
    expect(response.headers()['cache-control']).toBe('private, no-store');
    const data = (await response.json()) as {
      crm: {
        contact: { email: string; lastName: string };
        orders: unknown[];
        newsletter: { subscribed: boolean };
      };
      site: { account: { email: string; sessions: unknown[] }; pendingSubmissions: unknown[] };
    };
    expect(data.crm.contact).toMatchObject({ email: MIRA, lastName: 'Quillfeather' });
    expect(data.crm.orders).toHaveLength(25);
    expect(data.crm.newsletter.subscribed).toBe(false);
    expect(data.site.account.email).toBe(MIRA);
    expect(data.site.account.sessions).toHaveLength(1);
    expect(Array.isArray(data.site.pendingSubmissions)).toBe(true);
  });

  it('switches the newsletter on without a confirmation mail, then off', async () => {
    const page = await miraContext.newPage();
    await page.goto(`${site.url}/account/data/`);
    expect(await page.textContent('main')).toContain('You are not subscribed to our newsletter.');
    await page.getByRole('button', { name: 'Subscribe' }).click();
    await page.waitForURL(/done=newsletter-on/);
    expect(await page.textContent('[role="status"]')).toContain('you are subscribed');

    const crm = localCrm(dataDir);
    const consent = await eventually(async () =>
      crm.consents().find((entry) => entry.email === MIRA),
    );
    expect(consent.personType).toBe('Contact');
    await eventually(async () => {
      await page.goto(`${site.url}/account/data/`);
      return (
        (await page.textContent('main'))?.includes('You are subscribed to our newsletter.') ||
        undefined
      );
    });

    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await page.waitForURL(/done=newsletter-off/);
    await eventually(async () => {
      await page.goto(`${site.url}/account/data/`);
      return (
        (await page.textContent('main'))?.includes('You are not subscribed to our newsletter.') ||
        undefined
      );
    });
  });

  it('asks for erasure by mail; the link confirms with a button and signs out every device', async () => {
    const laptop = await newContext();
    const phone = await newContext(false);
    const { page } = await signIn(laptop, site.url, INES, '/account/data/');
    await signIn(phone, site.url, INES);

    await page.getByRole('button', { name: 'Ask to erase my data' }).click();
    await page.waitForURL(/done=erasure-mail/);
    const mail = await waitForMail(site.url, INES, /erase your data/);
    const link = /https?:\/\/\S+\/account\/data\/erase\/\S+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();

    // Opening the link changes nothing: a mail scanner may do that.
    await page.goto(link!);
    const phonePage = await phone.newPage();
    await phonePage.goto(`${site.url}/account/`);
    expect(new URL(phonePage.url()).pathname).toBe('/account/');

    await page.getByRole('button', { name: 'Erase my data' }).click();
    await expect.poll(() => page.textContent('[role="status"]')).toContain('signed out everywhere');

    await phonePage.goto(`${site.url}/account/`);
    expect(new URL(phonePage.url()).pathname).toBe('/account/login/');
    const crmDb = openDatabase(path.join(dataDir, 'local-crm.db'));
    try {
      await eventually(async () =>
        crmDb.prepare('SELECT 1 AS found FROM crm_erasure_requests').get() ? true : undefined,
      );
    } finally {
      crmDb.close();
    }
    await laptop.close();
    await phone.close();
  });
});

describe('signing out and links', () => {
  it('signs out with a form that works without JavaScript; the old cookie no longer opens anything', async () => {
    const context = await newContext(false);
    const { page } = await signIn(context, site.url, TOBIAS);
    const cookie = await sessionCookie(context);
    expect(cookie).toBeDefined();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/account\/login\/\?signed-out=1$/);
    expect(await page.textContent('[role="status"]')).toContain('You are signed out.');

    const replay = await newContext(false);
    await replay.addCookies([cookie!]);
    const again = await replay.newPage();
    await again.goto(`${site.url}/account/`);
    expect(new URL(again.url()).pathname).toBe('/account/login/');
    await replay.close();
    await context.close();
  });

  it('opens nothing when a mail scanner fetches the link: only the button signs in', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/account/login/`);
    const seen = await signInMailIds(site.url, MIRA);
    await askForLink(page, MIRA);
    const link = await nextSignInLink(site.url, MIRA, seen);

    const scanned = await fetch(link);
    expect(scanned.status).toBe(200);
    expect(await scanned.text()).toContain('Sign in to my account');
    expect(await sessionCookie(context)).toBeUndefined();

    await followSignInLink(page, link);
    expect(new URL(page.url()).pathname).toBe('/account/');
    expect(await sessionCookie(context)).toBeDefined();
    await context.close();
  });

  it('refuses a used link with a clear page and a way to a new one', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/account/login/`);
    const seen = await signInMailIds(site.url, TOBIAS);
    await askForLink(page, TOBIAS);
    const link = await nextSignInLink(site.url, TOBIAS, seen);
    await followSignInLink(page, link);
    expect(new URL(page.url()).pathname).toBe('/account/');

    const other = await newContext();
    const reused = await other.newPage();
    await reused.goto(link);
    expect(await reused.textContent('[role="alert"]')).toContain(
      'This sign-in link has expired or has already been used.',
    );
    // Straight to Auth.js's callback, past the link's page: refused the same way.
    await reused.goto(callbackUrlOf(link));
    expect(new URL(reused.url()).pathname).toBe('/account/login/error/');
    expect(await reused.textContent('[role="alert"]')).toContain(
      'This sign-in link has expired or has already been used.',
    );
    await reused.getByRole('link', { name: 'Ask for a new sign-in link' }).click();
    await reused.waitForURL(/\/account\/login\/$/);
    expect(await sessionCookie(other)).toBeUndefined();
    await other.close();
    await context.close();
  });

  it('refuses an expired link the same way', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/account/login/`);
    const seen = await signInMailIds(site.url, INES);
    await askForLink(page, INES);
    const link = await nextSignInLink(site.url, INES, seen);

    // Sixteen minutes later, as far as the token is concerned.
    const db = openDatabase(path.join(dataDir, 'portico.db'));
    try {
      const expired = db
        .prepare('UPDATE auth_verification_tokens SET expires = ? WHERE identifier = ?')
        .run(Date.now() - 60_000, INES);
      expect(expired.changes).toBe(1);
    } finally {
      db.close();
    }
    await page.goto(link);
    expect(await page.textContent('[role="alert"]')).toContain(
      'has expired or has already been used',
    );
    await page.goto(callbackUrlOf(link));
    expect(new URL(page.url()).pathname).toBe('/account/login/error/');
    expect(await page.textContent('[role="alert"]')).toContain(
      'has expired or has already been used',
    );
    expect(await sessionCookie(context)).toBeUndefined();
    await context.close();
  });
});
