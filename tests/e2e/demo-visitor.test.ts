import { mkdirSync } from 'node:fs';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { POSTS_PER_PAGE } from '@/lib/wordpress/paging';
import { launchBrowser } from '@/tests/support/browser';
import { DEMO_EXPORT } from '@/tests/support/fixtures';
import { startSite, type SiteServer } from '@/tests/support/site-server';
import { readExportExpectations } from '@/tests/support/wxr-expectations';

// The demo site clicked through as a visitor would. Screenshots go to SHOTS for a human to look at.
const SHOTS = '/tmp/portico-shots';
const demo = readExportExpectations(DEMO_EXPORT);
const publishedPosts = demo.published.filter((url) => url.kind === 'post');

let site: SiteServer;
let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function visit(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

describe('the demo site, as a visitor', () => {
  it('shows the static front page with its title and the nested primary menu', async () => {
    const page = await visit('/');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Home');
    const primary = page.getByRole('navigation', { name: 'Primary' });
    const about = primary
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'About', exact: true }) });
    await expect(about.getByRole('list').getByRole('link').allInnerTexts()).resolves.toEqual([
      'Team',
      'Careers',
    ]);
    const services = primary
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Services', exact: true }) });
    await expect(services.getByRole('list').getByRole('link').allInnerTexts()).resolves.toEqual([
      'Strategy',
      'Design',
      'Engineering',
    ]);
    await page.screenshot({ path: `${SHOTS}/front-page.png`, fullPage: true });
    await page.close();
  });

  it('pages the blog with "Older posts" through every published post, then stops', async () => {
    const page = await visit('/blog/');
    const seen: string[] = [];
    let pages = 0;
    for (;;) {
      pages += 1;
      seen.push(...(await page.locator('main ol > li > article > h2').allInnerTexts()));
      const older = page.getByRole('link', { name: /Older posts/ });
      if ((await older.count()) === 0) break;
      expect(pages).toBeLessThan(10);
      const next = new URL((await older.getAttribute('href')) ?? '', site.url).href;
      await Promise.all([page.waitForURL(next), older.click()]);
    }
    expect(pages).toBe(Math.ceil(publishedPosts.length / POSTS_PER_PAGE));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(publishedPosts.length);
    await page.close();
  });

  it('lists the posts of a category archive', async () => {
    const page = await visit('/category/insights/design/');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Design');
    expect(await page.locator('main article h2 a').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/category-archive.png`, fullPage: true });
    await page.close();
  });

  it('gives a third-level page breadcrumbs through its parents', async () => {
    const page = await visit('/about/team/leadership/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link');
    await expect(crumbs.allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['About', 'Team']),
    );
    await expect(
      crumbs.evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).resolves.toEqual(expect.arrayContaining(['/about/', '/about/team/']));
    await page.close();
  });

  // The 404 page asks WordPress for nothing (see app/not-found.tsx), so it has no menus.
  it('answers an unknown path with status 404 and a way home', async () => {
    const page = await context.newPage();
    const response = await page.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole('link', { name: 'Go to the home page' }).getAttribute('href'),
    ).resolves.toBe('/');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
      'Page not found',
    );
    await page.screenshot({ path: `${SHOTS}/not-found.png`, fullPage: true });
    await page.close();
  });

  it("loads every image of the media-rich pages from the site's own origin", async () => {
    const paths = [
      '/',
      '/about/team/',
      '/blog/',
      ...publishedPosts.map((post) => post.path).slice(0, 8),
    ];
    let images = 0;
    for (const path of paths) {
      const page = await visit(path);
      await page.evaluate(() =>
        Promise.all([...document.images].map((img) => img.decode().catch(() => undefined))),
      );
      const found = await page.locator('img').evaluateAll((imgs) =>
        (imgs as HTMLImageElement[]).map((img) => ({
          src: img.currentSrc,
          width: img.naturalWidth,
        })),
      );
      for (const image of found) {
        expect(image.src.startsWith(`${site.url}/`), `${path}: ${image.src}`).toBe(true);
        expect(image.width, `${path}: ${image.src} did not load`).toBeGreaterThan(0);
      }
      images += found.length;
      if (path === '/2025/07/08/a-week-at-the-studio-in-pictures/')
        await page.screenshot({ path: `${SHOTS}/gallery-post.png`, fullPage: true });
      await page.close();
    }
    expect(images).toBeGreaterThan(5);
  });

  it('shows the password form of the protected post', async () => {
    const [post] = demo.protectedPosts;
    if (!post) throw new Error('the demo export has no protected post');
    const page = await visit(post.path);
    await expect(page.getByLabel('Password').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${SHOTS}/password-form.png`, fullPage: true });
    await page.close();
  });

  it('points robots.txt at the sitemap', async () => {
    const robots = await (await fetch(`${site.url}/robots.txt`)).text();
    expect(robots).toMatch(new RegExp(`^Sitemap: ${site.url}/sitemap\\.xml$`, 'm'));
  });

  it('never sent a request beyond the site itself', () => {
    expect(requests.length).toBeGreaterThan(20);
    expect(
      requests.filter((url) => !url.startsWith(`${site.url}/`) && !url.startsWith('data:')),
    ).toEqual([]);
  });
});
