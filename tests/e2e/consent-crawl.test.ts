import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from '@/tests/support/browser';
import { cookieNames, serverConsent, storageKeys, waitForConsent } from '@/tests/support/consent';
import { startFakeThirdParty, type FakeThirdParty } from '@/tests/support/fake-third-party';
import { DEMO_EXPORT } from '@/tests/support/fixtures';
import { startSite, type SiteServer } from '@/tests/support/site-server';
import { readExportExpectations } from '@/tests/support/wxr-expectations';

// Every page of the demo site, visited with an empty profile, recording every request (frames
// included), cookie and storage key. The site runs with an analytics id, so statistics are in
// play; YouTube's and Google's names resolve to a local fake (see fake-third-party.ts).
const VIDEO_POST = '/2025/11/12/content-design-workshop-recording-and-notes/';
const PLAYER = 'https://www.youtube-nocookie.com/embed/Xn0rthw1nd0';
const TAG = 'https://www.googletagmanager.com/gtag/js?id=G-TEST1234';
const demo = readExportExpectations(DEMO_EXPORT);
const paths = [...demo.published.map((url) => url.path), '/privacy/cookies/'];

let fake: FakeThirdParty;
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  fake = await startFakeThirdParty();
  [site, browser] = await Promise.all([
    startSite({ GOOGLE_ANALYTICS_ID: 'G-TEST1234' }),
    launchBrowser(fake.browserArgs),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await fake?.stop();
});

function newContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  return browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

/** Requests of `context` that leave the site's origin, from the moment this is called. */
function recordThirdParty(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${site.url}/`) && !/^(?:data|blob|about):/.test(url)) seen.push(url);
  });
  return seen;
}

interface CrawlResult {
  states: Map<string, string>;
  storage: string[];
}

/** Visits every path, three at a time, each until the network is idle. */
async function crawlSite(context: BrowserContext): Promise<CrawlResult> {
  const states = new Map<string, string>();
  const storage: string[] = [];
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      const page = await context.newPage();
      await page.goto(`${site.url}${path}`);
      states.set(path, await waitForConsent(page));
      await page.waitForLoadState('networkidle');
      storage.push(...(await storageKeys(page)).map((key) => `${path} ${key}`));
      await page.close();
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return { states, storage };
}

async function openVideoPost(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}${VIDEO_POST}`);
  await waitForConsent(page);
  return page;
}

describe('consent across the crawled demo site', () => {
  it('before any choice: the banner on every page, no third-party request, no cookie, no storage', async () => {
    const context = await newContext();
    const thirdParty = recordThirdParty(context);
    const { states, storage } = await crawlSite(context);

    expect(paths.length).toBeGreaterThan(30);
    expect([...states.values()].every((state) => state === 'undecided')).toBe(true);
    expect(thirdParty).toEqual([]);
    expect(await cookieNames(context)).toEqual([]);
    expect(storage).toEqual([]);
    await context.close();
  });

  it('after "Reject all": only the consent cookie, and still nothing from another origin', async () => {
    const context = await newContext();
    const thirdParty = recordThirdParty(context);
    const page = await openVideoPost(context);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.getByRole('dialog', { name: /Your choice/ }).waitFor({ state: 'detached' });
    expect(await serverConsent(page)).toMatchObject({ isDecided: true, granted: [] });
    const placeholder = page.locator('.wp-embed-consent');
    await expect(placeholder.innerText()).resolves.toContain('hosted by YouTube');
    await expect(
      placeholder.getByRole('link', { name: 'YouTube privacy policy' }).getAttribute('href'),
    ).resolves.toBe('https://policies.google.com/privacy');
    await page.close();

    const { states, storage } = await crawlSite(context);
    expect([...states.values()].every((state) => state === 'decided')).toBe(true);
    expect(thirdParty).toEqual([]);
    expect(await cookieNames(context)).toEqual(['portico-consent@127.0.0.1']);
    expect(storage).toEqual([]);
    await context.close();
  });

  it('after "Accept all": the video plays from its provider and statistics load after Consent Mode defaults', async () => {
    const context = await newContext();
    const thirdParty = recordThirdParty(context);
    const page = await openVideoPost(context);
    expect(thirdParty).toEqual([]);

    const player = page.waitForRequest(PLAYER);
    await page.getByRole('button', { name: 'Accept all' }).click();
    await player;
    const frame = page.frameLocator('.wp-embed-consent iframe');
    await expect(frame.locator('body').innerText()).resolves.toContain('Fake player');
    await page.waitForFunction(() => document.cookie.includes('_ga='));
    expect(fake.requests).toEqual(expect.arrayContaining([PLAYER, TAG]));

    const consentCalls = await page.evaluate(() =>
      ((window as unknown as { dataLayer: IArguments[] }).dataLayer ?? [])
        .map((entry) => Array.from(entry))
        .filter((entry) => entry[0] === 'consent'),
    );
    expect(consentCalls[0]).toEqual([
      'consent',
      'default',
      expect.objectContaining({ analytics_storage: 'denied', ad_storage: 'denied' }),
    ]);
    expect(Object.values(consentCalls[0]?.[2] as object).every((v) => v === 'denied')).toBe(true);
    expect(consentCalls.at(-1)).toEqual([
      'consent',
      'update',
      expect.objectContaining({ analytics_storage: 'granted', ad_user_data: 'granted' }),
    ]);
    await context.close();
  });

  it('after withdrawing in "Cookie settings": the next page loads nothing from outside and the analytics cookie is gone', async () => {
    const context = await newContext();
    const page = await openVideoPost(context);
    await Promise.all([
      page.waitForRequest(PLAYER),
      page.getByRole('button', { name: 'Accept all' }).click(),
    ]);
    await page.waitForFunction(() => document.cookie.includes('_ga='));

    await page.getByRole('link', { name: 'Cookie settings' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cookie settings' });
    // Withdrawing statistics reloads the page, so the tag is gone from memory too.
    await Promise.all([
      page.waitForEvent('load'),
      dialog.getByRole('button', { name: 'Reject all' }).click(),
    ]);
    expect(await serverConsent(page)).toMatchObject({ isDecided: true, granted: [] });

    const thirdParty = recordThirdParty(context);
    const next = await openVideoPost(context);
    await next.waitForLoadState('networkidle');
    expect(thirdParty).toEqual([]);
    expect(await next.locator('.wp-embed-consent iframe').count()).toBe(0);
    expect(await cookieNames(context)).toEqual(['portico-consent@127.0.0.1']);
    await context.close();
  });

  it('loads one video on request without recording a choice', async () => {
    const context = await newContext();
    const page = await openVideoPost(context);
    await Promise.all([
      page.waitForRequest(PLAYER),
      page.getByRole('button', { name: 'Load this video' }).click(),
    ]);
    expect(await cookieNames(context)).toEqual([]);

    const thirdParty = recordThirdParty(context);
    const next = await openVideoPost(context);
    await next.waitForLoadState('networkidle');
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('with Global Privacy Control on: statistics and marketing stay off even after "Accept all"', async () => {
    const context = await newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
        get: () => true,
        configurable: true,
      });
    });
    const thirdParty = recordThirdParty(context);
    const page = await openVideoPost(context);
    await expect(page.getByRole('dialog', { name: /Your choice/ }).innerText()).resolves.toContain(
      'Global Privacy Control',
    );

    await Promise.all([
      page.waitForRequest(PLAYER),
      page.getByRole('button', { name: 'Accept all' }).click(),
    ]);
    expect(await serverConsent(page)).toMatchObject({
      isDecided: true,
      isGpcOn: true,
      granted: ['preferences', 'external-media'],
    });

    const { storage } = await crawlSite(context);
    expect(storage).toEqual([]);
    // The recorder sees the player's frame, so an empty rest means nothing else was asked.
    expect(thirdParty).toContain(PLAYER);
    expect(thirdParty.filter((url) => !url.startsWith(PLAYER))).toEqual([]);
    expect(await cookieNames(context)).toEqual(['portico-consent@127.0.0.1']);
    await context.close();
  });
});
