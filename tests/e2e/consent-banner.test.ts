import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { encodeConsentCookie } from '@/lib/privacy/consent/cookie';
import { deriveKey } from '@/lib/privacy/consent/keys';
import { computeConsentVersion } from '@/lib/privacy/consent/version';
import { listConsentServices } from '@/lib/privacy/services';
import { launchBrowser } from '@/tests/support/browser';
import { serverConsent, waitForConsent } from '@/tests/support/consent';
import { startFakeThirdParty, type FakeThirdParty } from '@/tests/support/fake-third-party';
import { runAxe } from '@/tests/support/page-audit';
import { CONSENT_CHOICES_PER_WINDOW } from '@/lib/rate-limit';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The banner and the settings dialog, driven as a visitor would. The site's secret is known
// here so that the tests can write cookies the site accepts, then alter them.
const SECRET = 'consent-banner-test-secret-0123456789abcdef';
const VIDEO_POST = '/2025/11/12/content-design-workshop-recording-and-notes/';
const BANNER = { name: /Your choice/ } as const;

let fake: FakeThirdParty;
let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  fake = await startFakeThirdParty();
  [site, browser] = await Promise.all([
    startSite({ PORTICO_SECRET: SECRET }),
    launchBrowser(fake.browserArgs),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  await fake?.stop();
});

async function open(path: string, context?: BrowserContext): Promise<Page> {
  const owner =
    context ??
    (await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } }));
  const page = await owner.newPage();
  await page.goto(`${site.url}${path}`);
  await waitForConsent(page);
  return page;
}

/** What has keyboard focus: its role or tag, its accessible-ish name, and where it sits. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.localName ?? null,
      id: element?.id ?? '',
      text: (element as HTMLElement | null)?.innerText?.trim().slice(0, 60) ?? '',
      labelledBy: element?.getAttribute('aria-labelledby') ?? null,
      inDialog: Boolean(element?.closest('dialog[open]')),
    };
  });
}

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (state: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 80,
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (matches(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`focus never reached the target; last: ${JSON.stringify(await focused(page))}`);
}

function cookieFor(version: string, categories: string[]): string {
  return encodeConsentCookie(
    {
      id: 'bannerTestVisitor0001',
      version,
      categories: categories as never,
      decidedAt: Math.floor(Date.now() / 1000),
    },
    deriveKey(SECRET, 'consent-cookie'),
  );
}

async function contextWithCookie(value: string): Promise<BrowserContext> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  await context.addCookies([{ name: 'portico-consent', value, url: site.url }]);
  return context;
}

describe('the consent banner', () => {
  it('is operated by keyboard alone: focus moves in, choices by Tab and Enter, and returns', async () => {
    const page = await open('/');
    expect(await focused(page)).toMatchObject({ labelledBy: 'consent-banner-title' });

    await tabTo(page, (state) => state.text === 'Choose');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor();
    expect((await focused(page)).inDialog).toBe(true);
    await tabTo(page, (state) => state.id === 'consent-dialog-external-media');
    await page.keyboard.press('Space');
    await tabTo(page, (state) => state.text === 'Save my choices');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', BANNER).waitFor({ state: 'detached' });
    expect(await serverConsent(page)).toMatchObject({
      isDecided: true,
      granted: ['external-media'],
    });

    // The footer link reopens the choices; Escape closes them and focus goes back to it.
    await tabTo(page, (state) => state.text === 'Cookie settings', 120);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor();
    expect((await focused(page)).inDialog).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ text: 'Cookie settings', inDialog: false });

    // Withdrawing takes as many keys as giving. (A person waits for the dialog to open before
    // pressing Tab; on a busy machine that can take a moment.)
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor();
    await tabTo(page, (state) => state.inDialog && state.text === 'Reject all');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor({ state: 'hidden' });
    expect(await serverConsent(page)).toMatchObject({ isDecided: true, granted: [] });
    expect(await focused(page)).toMatchObject({ text: 'Cookie settings' });
    await page.context().close();
  });

  it('opens the choices again when they are closed and reopened in the same moment', async () => {
    // A quick Escape then Enter can reach React as one batch of updates; the dialog must
    // still open (this once left it shut, which a keyboard user could not get out of).
    const page = await open('/');
    await page.getByRole('dialog', BANNER).getByRole('button', { name: 'Reject all' }).click();
    await page.getByRole('dialog', BANNER).waitFor({ state: 'detached' });
    const link = page.getByRole('contentinfo').getByRole('link', { name: 'Cookie settings' });
    await link.click();
    const settings = page.getByRole('dialog', { name: 'Cookie settings' });
    await settings.waitFor();
    await page.evaluate(() => {
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
      const opener = [...document.querySelectorAll('footer a')].find(
        (anchor) => anchor.textContent?.trim() === 'Cookie settings',
      );
      if (!dialog || !(opener instanceof HTMLElement)) throw new Error('no dialog or link');
      dialog.close();
      opener.click();
    });
    await settings.waitFor();
    expect(await settings.isVisible()).toBe(true);
    await page.context().close();
  });

  it('has no axe-core violations: banner, settings dialog, placeholder and settings page', async () => {
    const page = await open(VIDEO_POST);
    await page.getByRole('dialog', BANNER).waitFor();
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Choose' }).click();
    await page.getByRole('dialog', { name: 'Cookie settings' }).waitFor();
    expect(await runAxe(page)).toEqual([]);
    const settings = await open('/privacy/cookies/', page.context());
    expect(await runAxe(settings)).toEqual([]);
    await page.context().close();
  });

  it('makes rejecting take as few clicks as accepting, with buttons of the same size and style', async () => {
    for (const [button, granted] of [
      ['Accept all', ['preferences', 'statistics', 'marketing', 'external-media']],
      ['Reject all', []],
    ] as const) {
      const page = await open('/');
      await page.getByRole('dialog', BANNER).getByRole('button', { name: button }).click();
      await page.getByRole('dialog', BANNER).waitFor({ state: 'detached' });
      expect(await serverConsent(page)).toMatchObject({ isDecided: true, granted });
      await page.context().close();
    }

    const page = await open('/');
    const look = (name: string) =>
      page
        .getByRole('dialog', BANNER)
        .getByRole('button', { name })
        .evaluate((element) => {
          const style = getComputedStyle(element);
          const box = element.getBoundingClientRect();
          return [
            box.width,
            box.height,
            style.backgroundColor,
            style.color,
            style.fontSize,
            style.fontWeight,
          ];
        });
    expect(await look('Reject all')).toEqual(await look('Accept all'));
    const [, height] = await look('Reject all');
    expect(height).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('asks again when the services list has a new version', async () => {
    const version = computeConsentVersion(listConsentServices({}));
    const current = await open(
      '/',
      await contextWithCookie(cookieFor(version, ['external-media'])),
    );
    expect(await waitForConsent(current)).toBe('decided');
    expect(await serverConsent(current)).toMatchObject({ version, granted: ['external-media'] });
    expect(await current.getByRole('dialog', BANNER).count()).toBe(0);
    await current.context().close();

    const older = await open(
      '/',
      await contextWithCookie(cookieFor('an-older-list', ['external-media'])),
    );
    expect(await waitForConsent(older)).toBe('undecided');
    await older.getByRole('dialog', BANNER).waitFor();
    await older.context().close();
  });

  it('asks again, and loads nothing, when the cookie was tampered with or is unreadable', async () => {
    const version = computeConsentVersion(listConsentServices({}));
    const [, signature] = cookieFor(version, []).split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        i: 'bannerTestVisitor0001',
        v: version,
        c: ['external-media'],
        t: Math.floor(Date.now() / 1000),
      }),
    ).toString('base64url');
    for (const value of [
      `${forgedPayload}.${signature}`,
      'not-a-consent-cookie',
      cookieFor(version, []).slice(0, -3),
    ]) {
      const context = await contextWithCookie(value);
      const thirdParty: string[] = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(`${site.url}/`)) thirdParty.push(request.url());
      });
      const page = await open(VIDEO_POST, context);
      expect(await waitForConsent(page)).toBe('undecided');
      await page.getByRole('dialog', BANNER).waitFor();
      await page.waitForLoadState('networkidle');
      expect(thirdParty).toEqual([]);
      await context.close();
    }
  });

  it('works without JavaScript: no banner, nothing loads, and the settings page saves by form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const thirdParty: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(`${site.url}/`)) thirdParty.push(request.url());
    });
    const page = await context.newPage();
    await page.goto(`${site.url}${VIDEO_POST}`);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await expect(
      page.locator('.wp-embed-consent .wp-embed-card').getAttribute('href'),
    ).resolves.toBe('https://www.youtube.com/watch?v=Xn0rthw1nd0');

    await page.getByRole('link', { name: 'Cookie settings' }).click();
    await page.waitForURL(`${site.url}/privacy/cookies/`);
    await page.getByRole('switch', { name: 'External media' }).check();
    await page.getByRole('button', { name: 'Save my choices' }).click();
    await page.waitForURL(`${site.url}/privacy/cookies/?saved=1`);
    await expect(page.getByRole('status').innerText()).resolves.toContain('saved');
    await expect(page.getByRole('switch', { name: 'External media' }).isChecked()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('switch', { name: /Necessary/ }).isDisabled()).resolves.toBe(true);

    await page.getByRole('button', { name: 'Reject all' }).click();
    await page.waitForURL(`${site.url}/privacy/cookies/?saved=1`);
    await expect(page.getByRole('switch', { name: 'External media' }).isChecked()).resolves.toBe(
      false,
    );
    await page.goto(`${site.url}${VIDEO_POST}`);
    expect(thirdParty).toEqual([]);
    expect((await context.cookies()).map((cookie) => cookie.name)).toEqual(['portico-consent']);
    await context.close();
  });

  it('refuses a choice posted from another site', async () => {
    const response = await fetch(`${site.url}/api/consent/`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: 'action=accept-all',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('answers a malformed choice with 422 and sets nothing', async () => {
    const response = await fetch(`${site.url}/api/consent/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"action":"everything"}',
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('moves nothing on the page when the banner appears or a video loads', async () => {
    const context = await browser.newContext({
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 900 },
    });
    await context.addInitScript(() => {
      const state = window as unknown as { layoutShift: number };
      state.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number }>) {
          state.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await open(VIDEO_POST, context);
    await page.getByRole('dialog', BANNER).waitFor();
    await page.waitForTimeout(300);
    expect(
      await page.evaluate(() => (window as unknown as { layoutShift: number }).layoutShift),
    ).toBe(0);

    const boxes = () =>
      page.evaluate(() =>
        ['.wp-embed-consent', 'main h2', 'footer'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return [box.top + scrollY, box.height];
        }),
      );
    const before = await boxes();
    await Promise.all([
      page.waitForRequest(/youtube-nocookie/),
      page.getByRole('button', { name: 'Accept all' }).click(),
    ]);
    await page.locator('.wp-embed-consent iframe').waitFor();
    expect(await boxes()).toEqual(before);
    await context.close();
  });

  // Last in this file: it uses up this client's allowance of recorded choices.
  it('records at most a person’s share of choices per client and buffers no big body', async () => {
    const post = (body: string) =>
      fetch(`${site.url}/api/consent/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: site.url },
        body,
      });
    const statuses: number[] = [];
    for (let index = 0; index <= CONSENT_CHOICES_PER_WINDOW; index += 1) {
      statuses.push((await post('{"action":"reject-all"}')).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((status) => status === 200).length).toBeLessThanOrEqual(
      CONSENT_CHOICES_PER_WINDOW,
    );
    const huge = await post(`{"action":"reject-all","pad":"${'x'.repeat(1_000_000)}"}`);
    expect(huge.status).toBe(413);
  });
});
