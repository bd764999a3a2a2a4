import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { launchBrowser } from '@/tests/support/browser';
import { startFakeOidcIssuer, type FakeOidcIssuer } from '@/tests/support/fake-oidc-issuer';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// Customers signing in with Salesforce (OpenID Connect), against a local stand-in for an
// Experience Cloud site's issuer; the CRM is the local one with its demo customers.
let site: SiteServer;
let browser: Browser;
let issuer: FakeOidcIssuer;
const CLIENT = { clientId: 'portico-customers', clientSecret: 'fake-oidc-secret' };

beforeAll(async () => {
  issuer = await startFakeOidcIssuer(CLIENT);
  [site, browser] = await Promise.all([
    startSite({
      SALESFORCE_OIDC_CLIENT_ID: CLIENT.clientId,
      SALESFORCE_OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      SALESFORCE_OIDC_ISSUER: issuer.issuer,
    }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await issuer?.stop();
});

describe('signing in with Salesforce', () => {
  it.each([true, false])(
    'signs a customer in and back to her orders (JavaScript %s)',
    async (js) => {
      issuer.signInAs({
        sub: 'https://login.salesforce.com/id/00D000000000001/005000000000001',
        email: 'mira.quillfeather@example.com',
        name: 'Mira Quillfeather',
      });
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto(`${site.url}/account/`);
      await page.getByRole('link', { name: 'Sign in with Salesforce' }).click();
      await page.waitForURL(`${site.url}/account/`);
      expect(await page.textContent('h1')).toBe('Your orders');
      expect(await page.$$('main table tbody tr')).toHaveLength(10);
      expect(issuer.refusals).toEqual([]);
      // Salesforce is told to send the customer back to SITE_URL, never to the request's Host.
      expect(issuer.redirectUris.at(-1)).toBe(`${site.url}/api/auth/callback/salesforce`);
      await context.close();
    },
  );

  it('refuses someone Salesforce knows who is no customer', async () => {
    issuer.signInAs({
      sub: 'https://login.salesforce.com/id/00D000000000001/005000000000099',
      email: 'not.a.customer@example.net',
      name: 'Not A Customer',
    });
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/account/login/`);
    await page.getByRole('link', { name: 'Sign in with Salesforce' }).click();
    await page.waitForURL(/\/account\/login\/error\//);
    expect(await page.textContent('[role="alert"]')).toContain('has no customer account');
    expect((await context.cookies()).some((cookie) => cookie.name.endsWith('session-token'))).toBe(
      false,
    );
    await context.close();
  });
});
