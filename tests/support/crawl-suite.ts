/**
 * The crawl of one WordPress export, shared by the demo and the theme unit test data: serve the
 * export, visit every published URL in Chromium, and hold each page to what the export says.
 * @module
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from './browser';
import { checkHosts, checkTitles, checkVisibleText, crawl } from './crawl';
import type { PageAudit } from './page-audit';
import { startSite, type SiteServer } from './site-server';
import { visibleText } from './visible-text';
import {
  normalisePath,
  readExportExpectations,
  type ExportExpectations,
  type PublishedUrl,
} from './wxr-expectations';

/** An axe violation the site may not fix, because the content itself carries it. */
export interface AxeAllowance {
  rule: string;
  path: string;
  reason: string;
}

export interface CrawlSuiteOptions {
  name: string;
  exportFile: string;
  /** Which published URLs axe checks; every one when absent. */
  shouldRunAxe?: (url: PublishedUrl) => boolean;
  axeAllowances?: AxeAllowance[];
  /** Post IDs whose `<link>` in the export is stale, and why. */
  staleLinks?: { ids: number[]; reason: string };
  /** A real WordPress's answers for the same export: every published node's uri and title. */
  recordedNodes?: Array<{ uri: string; title: string | null }>;
}

const SERIOUS = new Set(['serious', 'critical']);

/** Declares the whole crawl suite for one export. */
export function describeExportCrawl(options: CrawlSuiteOptions): void {
  const expectations: ExportExpectations = readExportExpectations(options.exportFile);
  const audits = new Map<string, PageAudit>();
  const axePaths = new Set(
    expectations.published.filter((url) => options.shouldRunAxe?.(url) ?? true).map((u) => u.path),
  );
  let site: SiteServer;
  let browser: Browser;
  let context: BrowserContext;

  describe(`crawl of ${options.name}`, () => {
    beforeAll(async () => {
      [site, browser] = await Promise.all([
        startSite({ WORDPRESS_EXPORT_FILE: options.exportFile }),
        launchBrowser(),
      ]);
      context = await browser.newContext();
      const paths = expectations.published.map((url) => url.path);
      for (const [path, audit] of await crawl(context, site.url, paths, (p) => axePaths.has(p)))
        audits.set(path, audit);
    }, 300_000);

    afterAll(async () => {
      await browser?.close();
      await site?.stop();
    });

    it('derives from the export the URLs a WordPress with pretty permalinks serves', () => {
      expect([...expectations.linksDisagreeingWithPermalinks].sort()).toEqual(
        [...(options.staleLinks?.ids ?? [])].sort(),
      );
      if (!options.recordedNodes) return;
      const content = expectations.published.filter((u) => u.kind === 'post' || u.kind === 'page');
      expect(content.map((u) => u.path).sort()).toEqual(
        options.recordedNodes.map((node) => normalisePath(node.uri)).sort(),
      );
    });

    it('answers 200 on every published URL, with the title WordPress shows', () => {
      const problems = expectations.published.flatMap((url) =>
        checkTitles(url, audited(url.path), expectations),
      );
      for (const node of options.recordedNodes ?? []) {
        const audit = audited(normalisePath(node.uri));
        if (audit.h1 !== visibleText(node.title ?? ''))
          problems.push(
            `${audit.path}: h1 ${JSON.stringify(audit.h1)}, real WordPress shows ${JSON.stringify(visibleText(node.title ?? ''))}`,
          );
      }
      expect(problems).toEqual([]);
    });

    it('shows no console error, raw shortcode or HTML entity as text', () => {
      expect([...audits.values()].flatMap(checkVisibleText)).toEqual([]);
    });

    it("points no link or media at the export's hosts and requests only its own origin", () => {
      expect(expectations.siteHosts.length).toBeGreaterThan(0);
      const problems = [...audits.values()].flatMap((a) => checkHosts(a, site.url, expectations));
      expect(problems).toEqual([]);
    });

    it('has no serious or critical axe violation beyond the named allowances', () => {
      const allowances = options.axeAllowances ?? [];
      const isAllowed = (rule: string, path: string) =>
        allowances.some((a) => a.rule === rule && a.path === path);
      const problems: string[] = [];
      const seen = new Set<string>();
      for (const path of axePaths) {
        for (const violation of audited(path).violations.filter((v) =>
          SERIOUS.has(v.impact ?? ''),
        )) {
          seen.add(`${violation.id} ${path}`);
          if (!isAllowed(violation.id, path))
            problems.push(
              `${path}: ${violation.id} (${violation.impact}) ${violation.help}: ${violation.targets.slice(0, 3).join(' | ')}`,
            );
        }
      }
      for (const a of allowances)
        if (!seen.has(`${a.rule} ${a.path}`))
          problems.push(`stale allowance: ${a.rule} on ${a.path}`);
      expect(problems).toEqual([]);
    });

    it('answers 404 for every draft, pending, private, scheduled and trashed item', async () => {
      expect(expectations.hidden.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const item of expectations.hidden) {
        for (const path of item.paths) {
          const response = await fetch(`${site.url}${encodeURI(path)}`);
          const html = await response.text();
          if (response.status !== 404)
            problems.push(`${path} (${item.status}): ${response.status}`);
          if (html.includes(item.title)) problems.push(`${path} (${item.status}): shows its title`);
        }
      }
      expect(problems).toEqual([]);
    });

    // The job board's entries (/jobs/…) come from the ATS: tests/e2e/jobs.test.ts checks them.
    it('lists in /sitemap.xml exactly the crawled URLs besides the jobs', async () => {
      const xml = await (await fetch(`${site.url}/sitemap.xml`)).text();
      const listed = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
        .map((m) => normalisePath(m[1] ?? ''))
        .filter((path) => !path.startsWith('/jobs/'));
      const crawled = expectations.published.map((url) => url.path);
      expect(crawled).toContain('/');
      expect(new Set(listed)).toEqual(new Set(crawled));
    });

    // The form posts to a server action: it must work the same with JavaScript and without.
    it.each([
      { javaScript: true, how: 'with JavaScript' },
      { javaScript: false, how: 'without JavaScript' },
    ])(
      'hides a protected post until its password is typed, and rejects a wrong one, $how',
      async ({ javaScript }) => {
        expect(expectations.protectedPosts.length).toBeGreaterThan(0);
        const visitor = await browser.newContext({ javaScriptEnabled: javaScript });
        try {
          for (const post of expectations.protectedPosts) {
            expect(post.secretText.length).toBeGreaterThan(20);
            const raw = await (await fetch(`${site.url}${encodeURI(post.path)}`)).text();
            expect(raw).not.toContain(post.secretText);

            const page = await visitor.newPage();
            await page.goto(`${site.url}${encodeURI(post.path)}`);
            const bodyText = async () =>
              (await page.locator('body').innerText()).replace(/\s+/g, ' ');
            expect(await bodyText()).not.toContain(post.secretText);

            await page.getByLabel('Password').fill(`${post.password}-wrong`);
            await page.getByRole('button', { name: 'Enter' }).click();
            // The answer is a server action, its redirect and a new render: give a busy machine time.
            await expect
              .poll(() => page.locator('form').getByRole('alert').innerText(), { timeout: 15_000 })
              .toMatch(/not right/i);
            expect(await bodyText()).not.toContain(post.secretText);

            await page.getByLabel('Password').fill(post.password);
            await page.getByRole('button', { name: 'Enter' }).click();
            await expect.poll(bodyText, { timeout: 15_000 }).toContain(post.secretText);
            await expect(page.getByLabel('Password').count()).resolves.toBe(0);
            await page.close();
          }
        } finally {
          await visitor.close();
        }
      },
    );
  });

  function audited(path: string): PageAudit {
    const audit = audits.get(path);
    if (!audit) throw new Error(`${path} was not crawled`);
    return audit;
  }
}
