import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { describeDuration, getRegister } from '@/lib/privacy/register';
import { launchBrowser } from '@/tests/support/browser';
import { runAxe } from '@/tests/support/page-audit';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The processing register as every visitor sees it (page and JSON), the footer's link to it,
// and the privacy statement: WordPress's privacy page followed by the register's sections.
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  [site, browser] = await Promise.all([startSite(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('the processing register', () => {
  it('serves the register as JSON, exactly as configured', async () => {
    const response = await fetch(`${site.url}/privacy/register.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(getRegister())));
  });

  it('is linked from the footer, shows every activity, and passes axe', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/`);
    // Followed by address: the consent banner may sit over the footer on a first visit.
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Processing register' });
    expect(await link.getAttribute('href')).toBe('/privacy/register/');
    await page.goto(`${site.url}/privacy/register/`);

    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    for (const activity of getRegister().activities) expect(headings).toContain(activity.name);
    const contactFields = page.getByRole('table', { name: 'Data collected' }).first();
    expect(await contactFields.getByRole('rowheader').allTextContents()).toEqual(
      getRegister().activities[0]?.fields.map((field) => field.name),
    );
    await expect
      .poll(() => page.getByRole('cell', { name: /EU-U\.S\. Data Privacy Framework/ }).count())
      .toBeGreaterThan(0);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });
});

describe('the privacy statement', () => {
  it("follows WordPress's privacy page with the register's sections", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/privacy-statement/`);
    const article = page.getByRole('article');
    const text = (await article.innerText()).replace(/\s+/g, ' ');

    // WordPress's own text comes first, then the generated part.
    const { name, address } = getRegister().controller;
    const wordpressPart = text.indexOf(`${name}, ${address}, is the controller`);
    const generatedPart = text.indexOf('What we collect, why, and for how long');
    expect(wordpressPart).toBeGreaterThan(-1);
    expect(generatedPart).toBeGreaterThan(wordpressPart);

    for (const activity of getRegister().activities) {
      expect(text).toContain(
        `${describeDuration(activity.retention.period)} ${activity.retention.from}`,
      );
    }
    for (const processor of getRegister().processors) expect(text).toContain(processor.name);
    expect(text).toContain('Your rights and how to use them');
    // The WordPress part points into the generated sections.
    const targets = await article
      .locator('a[href^="#"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')?.slice(1) ?? ''));
    expect(targets.length).toBeGreaterThan(0);
    for (const id of targets) expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('adds the sections to no other page', async () => {
    const html = await (await fetch(`${site.url}/about/`)).text();
    expect(html).not.toContain('data-privacy-register');
  });
});

describe('a site served over plain HTTP', () => {
  it('sends the CSP and the other headers, but no HSTS and no redirect', async () => {
    const response = await fetch(`${site.url}/about/`, {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(
      /script-src 'nonce-[^']+' 'strict-dynamic'/,
    );
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
