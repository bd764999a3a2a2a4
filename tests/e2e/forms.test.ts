import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { launchBrowser } from '@/tests/support/browser';
import { eventually, localCrm, waitForMail } from '@/tests/support/dev-backends';
import { runAxe } from '@/tests/support/page-audit';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The contact and newsletter forms in Chromium, with JavaScript and without. Each context
// comes from its own address (TRUST_PROXY and X-Forwarded-For), so the rate limit, which
// forms-bad-input.test.ts tests, never gets in the way here.
let site: SiteServer;
let browser: Browser;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-forms-'));
const crm = localCrm(dataDir);
let nextAddress = 10;

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

async function newContext(javaScriptEnabled: boolean): Promise<BrowserContext> {
  nextAddress += 1;
  return browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${nextAddress}` },
  });
}

/** Opens a form page; with JavaScript, waits until React has hydrated the form. */
async function open(context: BrowserContext, pathname: string, hasJs: boolean): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`${site.url}${pathname}`, { waitUntil: 'networkidle' });
  if (hasJs) {
    // Marks the document: a submission that reloads the page loses the mark.
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  }
  return page;
}

const stayedOnPage = (page: Page) =>
  page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);

/** Waits out the minimum fill time, counted from the form's latest seal. */
const waitFillTime = (page: Page) => page.waitForTimeout(MIN_FILL_MS + 300);

/** The ARIA wiring of each field marked invalid: its error's id and text. */
async function invalidFields(page: Page, formId: string) {
  return page.evaluate((prefix) => {
    return [...document.querySelectorAll(`[id^="${prefix}-"][aria-invalid="true"]`)].map(
      (field) => {
        const describedBy = field.getAttribute('aria-describedby') ?? '';
        const text = describedBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
        return { id: field.id, description: text };
      },
    );
  }, formId);
}

/** Contact submissions in the outbox so far. */
function contactRows(): number {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    const row = db
      .prepare<[], { count: number }>("SELECT COUNT(*) AS count FROM outbox WHERE kind = 'contact'")
      .get();
    return row?.count ?? 0;
  } finally {
    db.close();
  }
}

const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

for (const hasJs of [true, false]) {
  const mode = hasJs ? 'with JavaScript' : 'without JavaScript';

  describe(`the contact form ${mode}`, () => {
    const email = `contact-${hasJs ? 'js' : 'nojs'}@example.com`;

    it('shows, links and announces the errors, keeps the values and moves focus', async () => {
      const context = await newContext(hasJs);
      const page = await open(context, '/contact/', hasJs);
      await page.fill('#contact-company', 'Ørsted A/S');
      await page.fill('#contact-email', 'not-an-address');
      await page.click('button[type=submit]');

      const alert = page.locator('#contact-alert');
      await expect
        .poll(() => alert.innerText(), { timeout: 15_000 })
        .toMatch(/Please correct 3 fields/);
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.innerText()).toContain('Email: Please enter an email address like');
      await expect(invalidFields(page, 'contact')).resolves.toEqual([
        { id: 'contact-name', description: 'Please enter your name.' },
        {
          id: 'contact-email',
          description: 'Please enter an email address like name@example.com.',
        },
        { id: 'contact-message', description: 'Please enter your message.' },
      ]);
      await expect(page.inputValue('#contact-company')).resolves.toBe('Ørsted A/S');
      await expect(page.inputValue('#contact-email')).resolves.toBe('not-an-address');
      await expect(activeElementId(page)).resolves.toBe('contact-name');
      if (hasJs) {
        expect(await stayedOnPage(page)).toBe(true);
        const violations = await runAxe(page);
        expect(violations).toEqual([]);
      }
      await context.close();
    });

    it('thanks the visitor and delivers the message to the CRM literally', async () => {
      const context = await newContext(hasJs);
      const page = await open(context, '/contact/', hasJs);
      const message = `Line one\n<script>alert("x")</script>\n\n  <b>not bold</b> ${mode}`;
      await page.fill('#contact-name', 'José Núñez');
      await page.fill('#contact-email', email);
      await page.fill('#contact-phone', '+44 20 7946 0000');
      await page.fill('#contact-message', message);
      await waitFillTime(page);
      await page.click('button[type=submit]');

      const thanks = page.locator('#contact-thanks');
      await expect
        .poll(() => thanks.innerText(), { timeout: 15_000 })
        .toMatch(
          /Thank you, your message has reached us\. One of us will reply by email within two working days\./,
        );
      expect(await thanks.getAttribute('role')).toBe('status');
      await expect(page.inputValue('#contact-name')).resolves.toBe('');
      if (hasJs) expect(await stayedOnPage(page)).toBe(true);

      const lead = await eventually(async () => crm.leads().find((entry) => entry.email === email));
      expect(lead).toMatchObject({
        firstName: 'José',
        lastName: 'Núñez',
        phone: '+44 20 7946 0000',
        description: message.trim(),
      });
      expect(crm.leads().filter((entry) => entry.email === email)).toHaveLength(1);
      await context.close();
    });

    it(
      hasJs
        ? 'stores a replayed post once, and a second message from the same page'
        : 'stores a replayed post once, and once when the thank-you page is reloaded',
      async () => {
        const email = `once-${hasJs ? 'js' : 'nojs'}@example.com`;
        const context = await newContext(hasJs);
        const page = await open(context, '/contact/', hasJs);
        const posts: Request[] = [];
        page.on('request', (request) => {
          if (request.method() === 'POST') posts.push(request);
        });
        const send = async (message: string) => {
          await page.fill('#contact-name', 'Ann Lee');
          await page.fill('#contact-email', email);
          await page.fill('#contact-message', message);
          await waitFillTime(page);
          await page.click('button[type=submit]');
          await expect
            .poll(() => page.locator('#contact-thanks').innerText(), { timeout: 15_000 })
            .toMatch(/Thank you/);
        };
        await send('First message');
        const stored = contactRows();

        // The browser's own post, byte for byte, sent again.
        const first = posts[0];
        const headers = await first!.allHeaders();
        const replay = await fetch(first!.url(), {
          method: 'POST',
          headers: Object.fromEntries(
            ['content-type', 'next-action', 'next-router-state-tree', 'origin', 'x-forwarded-for']
              .filter((name) => headers[name] !== undefined)
              .map((name) => [name, headers[name] ?? '']),
          ),
          body: new Uint8Array(first!.postDataBuffer() ?? []),
        });
        expect(replay.status).toBe(200);
        await expect(replay.text()).resolves.toContain('Thank you, your message has reached us');
        expect(contactRows()).toBe(stored);

        if (hasJs) {
          // The same thank-you shows already, so wait for the row rather than for the text.
          await send('Second message');
          await eventually(async () => (contactRows() === stored + 1 ? true : undefined));
          expect(posts).toHaveLength(2);
        } else {
          // Reloading a page that answered a POST posts the same body again.
          await page.reload();
          await expect(page.locator('#contact-thanks').innerText()).resolves.toMatch(/Thank you/);
          expect(posts).toHaveLength(2);
          expect(contactRows()).toBe(stored);
        }
        await context.close();
      },
    );
  });

  describe(`the newsletter double opt-in ${mode}`, () => {
    const email = `news-${hasJs ? 'js' : 'nojs'}@example.com`;

    it('asks for consent before anything else', async () => {
      const context = await newContext(hasJs);
      const page = await open(context, '/newsletter/', hasJs);
      await page.fill('#newsletter-email', email);
      await page.fill('#newsletter-firstName', 'Ørsted');
      await page.click('button[type=submit]');
      const alert = page.locator('#newsletter-alert');
      await expect
        .poll(() => alert.innerText(), { timeout: 15_000 })
        .toMatch(/Please correct 1 field/);
      await expect(invalidFields(page, 'newsletter')).resolves.toEqual([
        {
          id: 'newsletter-consent',
          description: 'Please tick the box to agree to receive the newsletter.',
        },
      ]);
      await expect(activeElementId(page)).resolves.toBe('newsletter-consent');
      await expect(page.inputValue('#newsletter-email')).resolves.toBe(email);
      if (hasJs) expect(await runAxe(page)).toEqual([]);
      await context.close();
    });

    it('subscribes only after the confirmation link is followed and its button pressed', async () => {
      const context = await newContext(hasJs);
      const page = await open(context, '/newsletter/', hasJs);
      await page.fill('#newsletter-email', email);
      await page.fill('#newsletter-firstName', 'Ørsted');
      await page.check('#newsletter-consent');
      await waitFillTime(page);
      await page.click('button[type=submit]');
      await expect
        .poll(() => page.locator('#newsletter-thanks').innerText(), { timeout: 15_000 })
        .toMatch(/we have sent you an email\. Open the link in it within 48 hours/);

      const confirmation = await waitForMail(site.url, email, /confirm your newsletter/i);
      expect(confirmation.header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      const link = /http:\/\/\S+\/newsletter\/confirm\/\?token=\S+/.exec(confirmation.text)?.[0];
      expect(link).toBeDefined();

      // Opening the link, as a mail scanner would, changes nothing.
      const confirmPage = await context.newPage();
      await confirmPage.goto(link!, { waitUntil: 'networkidle' });
      await confirmPage.waitForTimeout(1000);
      expect(crm.consents().filter((consent) => consent.email === email)).toEqual([]);

      await confirmPage.click('button:has-text("Confirm my subscription")');
      await expect
        .poll(() => confirmPage.locator('main [role=status]').first().innerText(), {
          timeout: 15_000,
        })
        .toMatch(/your subscription is confirmed/);
      const consent = await eventually(async () =>
        crm.consents().find((entry) => entry.email === email),
      );
      expect(consent.text).toMatch(/^Yes, send me the Portico newsletter/);
      expect(consent.version).toBe('2026-12-01');

      const welcome = await waitForMail(site.url, email, /welcome/i);
      const unsubscribeUrl = /^<(.+)>$/.exec(welcome.header('list-unsubscribe') ?? '')?.[1];
      expect(unsubscribeUrl).toMatch(/\/newsletter\/unsubscribe\/one-click\/\?token=/);
      expect(crm.leads().find((lead) => lead.email === email)?.hasOptedOutOfEmail).toBe(false);

      // RFC 8058: the mail client's one-click POST.
      const response = await fetch(unsubscribeUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
      await eventually(async () =>
        crm.leads().find((lead) => lead.email === email)?.hasOptedOutOfEmail ? true : undefined,
      );
      await context.close();
    });
  });

  describe(`the newsletter form in a WordPress post ${mode}`, () => {
    it('renders where the shortcode stands and signs up', async () => {
      const email = `embedded-${hasJs ? 'js' : 'nojs'}@example.com`;
      const context = await newContext(hasJs);
      const page = await open(context, '/2025/01/21/why-were-writing-in-public/', hasJs);
      // The shortcode stood last in the post, after the paragraph that introduces it.
      const lastParagraph = page.locator('article .wp-content p').last();
      await expect(lastParagraph.innerText()).resolves.toMatch(/every mail has a link to leave/);
      await expect(page.locator('article').innerText()).resolves.not.toContain(
        '[portico_newsletter]',
      );
      await page.fill('#newsletter-1-email', email);
      await page.check('#newsletter-1-consent');
      await waitFillTime(page);
      await page.click('#newsletter-1-email >> xpath=ancestor::form//button[@type="submit"]');
      await expect
        .poll(() => page.locator('#newsletter-1-thanks').innerText(), { timeout: 15_000 })
        .toMatch(/we have sent you an email/);
      if (hasJs) expect(await stayedOnPage(page)).toBe(true);
      await waitForMail(site.url, email, /confirm your newsletter/i);
      await context.close();
    });
  });
}

describe('the unsubscribe page and bad links', () => {
  it('shows a button on GET and unsubscribes only on its POST', async () => {
    const email = 'page-unsubscribe@example.com';
    const context = await newContext(false);
    const page = await open(context, '/newsletter/', false);
    await page.fill('#newsletter-email', email);
    await page.check('#newsletter-consent');
    await waitFillTime(page);
    await page.click('button[type=submit]');
    const confirmation = await waitForMail(site.url, email, /confirm your newsletter/i);
    const link = /http:\/\/\S+\/newsletter\/confirm\/\?token=\S+/.exec(confirmation.text)?.[0];
    await page.goto(link!);
    await page.click('button:has-text("Confirm my subscription")');
    await eventually(async () => crm.leads().find((lead) => lead.email === email));

    // The header's URL opened in a browser forwards to the page with the button.
    const oneClick = /^<(.+)>$/.exec(confirmation.header('list-unsubscribe') ?? '')?.[1];
    await page.goto(oneClick!);
    expect(new URL(page.url()).pathname).toBe('/newsletter/unsubscribe/');
    await page.waitForTimeout(1000);
    expect(crm.leads().find((lead) => lead.email === email)?.hasOptedOutOfEmail).toBe(false);
    await page.click('button:has-text("Unsubscribe")');
    await expect(page.locator('main [role=status]').first().innerText()).resolves.toMatch(
      /You are unsubscribed/,
    );
    await eventually(async () =>
      crm.leads().find((lead) => lead.email === email)?.hasOptedOutOfEmail ? true : undefined,
    );
    await context.close();
  });

  it('explains an expired or tampered confirmation link and links to the sign-up', async () => {
    const context = await newContext(true);
    const page = await open(context, '/newsletter/confirm/?token=Fe26.2**tampered', true);
    await expect(page.locator('main').innerText()).resolves.toMatch(
      /This confirmation link has expired or is not valid/,
    );
    const signUp = page.getByRole('link', { name: 'Sign up for the newsletter again' });
    expect(await signUp.getAttribute('href')).toBe('/newsletter/');
    expect(await page.locator('main button').count()).toBe(0);
    await context.close();
  });

  it('refuses a one-click POST without its body or with a bad token, changing nothing', async () => {
    const noBody = await fetch(`${site.url}/newsletter/unsubscribe/one-click/?token=x`, {
      method: 'POST',
    });
    expect(noBody.status).toBe(400);
    const badToken = await fetch(`${site.url}/newsletter/unsubscribe/one-click/?token=x`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(badToken.status).toBe(400);
    await expect(badToken.text()).resolves.toMatch(/not valid/);
  });
});
