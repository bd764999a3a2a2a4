import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { listMailbox, readMailboxMessage } from '@/lib/mail/mailbox-reader';
import { ensureSelfSignedCertificate, startTlsProxy, type TlsProxy } from '@/scripts/tls-proxy';
import {
  callbackUrlOf,
  followSignInLink,
  nextSignInLink,
  signIn,
  signInMailIds,
} from '@/tests/support/accounts';
import { launchBrowser } from '@/tests/support/browser';
import { eventually, readMailbox } from '@/tests/support/dev-backends';
import { buildFormBody, fetchHiddenFields, regionText } from '@/tests/support/form-post';
import { freePort, startSite, type SiteServer } from '@/tests/support/site-server';

// What the customers' sign-in must not give away or let through. Requests come from the
// addresses a test names (TRUST_PROXY and X-Forwarded-For), as the rate limits count them.
const CUSTOMER = 'mira.quillfeather@example.com';
const OTHER_CUSTOMER = 'tobias.brennwald@example.org';
const THIRD_CUSTOMER = 'ines.okonkwo-laurent@example.com';
const STRANGER = 'nobody.here@example.net';

let site: SiteServer;
let browser: Browser;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-accounts-sec-'));
let nextClient = 10;

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

const newClient = () => `203.0.113.${(nextClient += 1)}`;

/** Posts the login form as a browser without JavaScript does, from `client`. */
async function postLogin(email: string, client: string, callbackUrl?: string) {
  const hidden = await fetchHiddenFields(`${site.url}/account/login/`, 'email');
  const fields: Record<string, string> = { email };
  if (callbackUrl !== undefined) fields.callbackUrl = callbackUrl;
  const response = await fetch(`${site.url}/account/login/`, {
    method: 'POST',
    body: buildFormBody(hidden, fields),
    headers: { 'x-forwarded-for': client, origin: site.url },
    redirect: 'manual',
  });
  const body = await response.text();
  return { status: response.status, location: response.headers.get('location'), body };
}

/** The sign-in-link items of the outbox: state and whether a mail went out. */
function signInItems() {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    return db
      .prepare(
        `SELECT state, external_id AS externalId, payload IS NOT NULL AS hasPayload
                FROM outbox WHERE kind = 'sign-in-link'`,
      )
      .all() as Array<{ state: string; externalId: string | null; hasPayload: number }>;
  } finally {
    db.close();
  }
}

const withoutNonces = (html: string) => html.replace(/nonce="[^"]*"/g, '');

describe('no user enumeration', () => {
  it("answers a customer's and a stranger's address alike, and mails only the customer", async () => {
    const customer = await postLogin(CUSTOMER, newClient());
    const stranger = await postLogin(STRANGER, newClient());
    expect(customer.status).toBe(303);
    expect(stranger.status).toBe(customer.status);
    expect(stranger.location).toBe(customer.location);
    expect(customer.location).toMatch(/\/account\/login\/sent\/$/);
    expect(withoutNonces(stranger.body)).toBe(withoutNonces(customer.body));

    const sentPage = async () =>
      withoutNonces(await (await fetch(`${site.url}/account/login/sent/`)).text());
    expect(await sentPage()).toContain('If this address has an account, a link is on its way.');

    await eventually(async () => {
      const items = signInItems();
      return items.length === 2 && items.every((item) => item.state === 'delivered')
        ? items
        : undefined;
    });
    // Delivered both, the link erased from both, a mail sent for one.
    const items = signInItems();
    expect(items.map((item) => item.hasPayload)).toEqual([0, 0]);
    expect(items.filter((item) => item.externalId).length).toBe(1);
    expect(await readMailbox(site.url, CUSTOMER)).toHaveLength(1);
    expect(await readMailbox(site.url, STRANGER)).toHaveLength(0);
  });

  it("refuses Auth.js's own sign-in POST, which would skip the rate limits", async () => {
    const before = signInItems().length;
    const csrf = (await (await fetch(`${site.url}/api/auth/csrf/`)).json()) as {
      csrfToken: string;
    };
    const response = await fetch(`${site.url}/api/auth/signin/email/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: CUSTOMER, csrfToken: csrf.csrfToken }),
      redirect: 'manual',
    });
    expect(response.status).toBe(404);
    expect(signInItems().length).toBe(before);
  });

  it("sends Auth.js's own sign-out page, whose form would post into a 404, to the account", async () => {
    const response = await fetch(`${site.url}/api/auth/signout/`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location')!, site.url).pathname).toBe('/account/');
  });
});

describe('the callback stays on this site', () => {
  // Each address may ask for three links in 15 minutes: the cases share them out.
  it.each([
    ['https://evil.example', OTHER_CUSTOMER],
    ['//evil.example', OTHER_CUSTOMER],
    ['/\\evil.example', THIRD_CUSTOMER],
    ['/about/', THIRD_CUSTOMER],
  ])(
    'replaces %j with the account home, in the form and in the mailed link',
    async (callbackUrl, customer) => {
      const page = await fetch(
        `${site.url}/account/login/?callbackUrl=${encodeURIComponent(callbackUrl)}`,
      );
      const hidden = Object.fromEntries(
        (await fetchHiddenFields(page.url, 'email')).filter(([name]) => name === 'callbackUrl'),
      );
      expect(hidden.callbackUrl).toBe('/account/');

      const seen = await signInMailIds(site.url, customer);
      await postLogin(customer, newClient(), callbackUrl);
      const link = await nextSignInLink(site.url, customer, seen);
      expect(new URL(link).origin).toBe(site.url);
      expect(new URL(link).searchParams.get('callbackUrl')).toBe('/account/');

      // The callback edited by hand, on the link's page or at Auth.js's callback, is refused too.
      const editedPage = new URL(link);
      editedPage.searchParams.set('callbackUrl', callbackUrl);
      const fields = await fetchHiddenFields(editedPage.toString(), 'token');
      expect(fields).toContainEqual(['callbackUrl', '/account/']);
      const edited = new URL(callbackUrlOf(link));
      edited.searchParams.set('callbackUrl', callbackUrl);
      const response = await fetch(edited, { redirect: 'manual' });
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe(`${site.url}/account/`);
    },
  );
});

describe('bad input', () => {
  it.each(['not-an-address', '', 'a@b', '"x"@example.com', `${'a'.repeat(250)}@example.com`])(
    'answers %j with a clear error, asking for nothing',
    async (email) => {
      const before = signInItems().length;
      const answer = await postLogin(email, newClient());
      expect(answer.status).toBe(200);
      expect(regionText(answer.body, 'alert')).toBe(
        'Please enter your email address, like name@example.com.',
      );
      expect(signInItems().length).toBe(before);
    },
  );
});

describe('rate limits', () => {
  it('hold per address, from any number of clients, with a clear message', async () => {
    const address = 'rate.limited.person@example.org';
    for (let i = 0; i < 3; i += 1) expect((await postLogin(address, newClient())).status).toBe(303);
    const refused = await postLogin(address, newClient());
    expect(refused.status).toBe(200);
    expect(regionText(refused.body, 'alert')).toMatch(
      /^Too many sign-in attempts\. Please try again in \d+ minutes?\.$/,
    );
  });

  it('hold per client, whatever addresses it asks for', async () => {
    const client = newClient();
    for (let i = 0; i < 10; i += 1) {
      expect((await postLogin(`probe${i}@example.org`, client)).status).toBe(303);
    }
    const refused = await postLogin('probe-next@example.org', client);
    expect(regionText(refused.body, 'alert')).toMatch(/^Too many sign-in attempts/);
    expect((await postLogin('probe-next@example.org', newClient())).status).toBe(303);
  });
});

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, for the whole site, without Secure over plain HTTP', async () => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': newClient() },
    });
    await signIn(context, site.url, OTHER_CUSTOMER);
    const cookie = (await context.cookies()).find((entry) => entry.name === 'authjs.session-token');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
    // Idle timeout: 30 minutes (CUSTOMER_SESSION_IDLE_MINUTES), not a month.
    expect(cookie!.expires * 1000 - Date.now()).toBeLessThanOrEqual(30 * 60 * 1000 + 5_000);
    await context.close();
  });

  it('refuses a forged or tampered cookie', async () => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': newClient() },
    });
    await signIn(context, site.url, THIRD_CUSTOMER);
    const real = (await context.cookies()).find((entry) => entry.name === 'authjs.session-token')!;
    const tampered = `${real.value.slice(0, -1)}${real.value.endsWith('a') ? 'b' : 'a'}`;
    for (const value of [tampered, 'forged-session-token', crypto.randomUUID()]) {
      const response = await fetch(`${site.url}/account/`, {
        headers: { cookie: `authjs.session-token=${value}` },
        redirect: 'manual',
      });
      expect(response.status).toBe(307);
      expect(response.headers.get('location')).toBe('/account/login/?callbackUrl=%2Faccount%2F');
    }
    const genuine = await fetch(`${site.url}/account/`, {
      headers: { cookie: `authjs.session-token=${real.value}` },
      redirect: 'manual',
    });
    expect(genuine.status).toBe(200);
    await context.close();
  });

  it('ends with sign-out, even for a copy of the cookie replayed afterwards', async () => {
    const context = await browser.newContext({
      extraHTTPHeaders: { 'x-forwarded-for': newClient() },
    });
    const { page } = await signIn(context, site.url, CUSTOMER);
    const copy = (await context.cookies()).find((entry) => entry.name === 'authjs.session-token')!;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/signed-out=1$/);
    const replayed = await fetch(`${site.url}/account/data/download/`, {
      headers: { cookie: `authjs.session-token=${copy.value}` },
      redirect: 'manual',
    });
    expect(replayed.status).toBe(303);
    expect(replayed.headers.get('location')).toMatch(/^\/account\/login\//);
    await context.close();
  });
});

describe('behind TLS', () => {
  let tlsSite: SiteServer;
  let proxy: TlsProxy;
  let httpsOrigin: string;
  const tlsDataDir = mkdtempSync(path.join(tmpdir(), 'portico-accounts-tls-'));

  beforeAll(async () => {
    const certificate = ensureSelfSignedCertificate(
      mkdtempSync(path.join(tmpdir(), 'portico-tls-')),
    );
    const httpsPort = await freePort();
    httpsOrigin = `https://127.0.0.1:${httpsPort}`;
    tlsSite = await startSite({ SITE_URL: httpsOrigin, TRUST_PROXY: 'true', DATA_DIR: tlsDataDir });
    proxy = await startTlsProxy({ target: tlsSite.url, certificate, httpsPort });
  });

  afterAll(async () => {
    await proxy?.close();
    await tlsSite?.stop();
  });

  it('sets the cookie Secure, with the __Secure- prefix', async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${httpsOrigin}/account/login/`);
    await page.getByLabel('Email address').fill(CUSTOMER);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.waitForURL(/\/account\/login\/sent\/$/);

    const mailbox = path.join(tlsDataDir, 'mailbox');
    const entry = await eventually(async () =>
      (await listMailbox(mailbox)).find((mail) => mail.to.includes(CUSTOMER)),
    );
    const mail = await readMailboxMessage(mailbox, entry.id);
    const link = /https:\/\/\S+\/account\/login\/confirm\/\S+/.exec(mail?.text ?? '')?.[0];
    expect(link?.startsWith(`${httpsOrigin}/`)).toBe(true);
    await followSignInLink(page, link!);
    expect(page.url()).toBe(`${httpsOrigin}/account/`);

    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'authjs.session-token')).toBeUndefined();
    expect(cookies.find((cookie) => cookie.name === '__Secure-authjs.session-token')).toMatchObject(
      {
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
      },
    );
    await context.close();
  });
});
