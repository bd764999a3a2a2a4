import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MIN_FILL_MS, sealStartedAt, STARTED_AT_FIELD } from '@/lib/forms/fill-time';
import { HONEYPOT_FIELD } from '@/lib/forms/honeypot';
import { confirmationToken, unsubscribeToken } from '@/lib/forms/newsletter-tokens';
import { LIMITS } from '@/lib/forms/schemas';
import { openDatabase } from '@/lib/db';
import { launchBrowser } from '@/tests/support/browser';
import { eventually, localCrm, waitForMail } from '@/tests/support/dev-backends';
import {
  buildFormBody,
  fetchHiddenFields,
  findForm,
  readHiddenFields,
  regionText,
} from '@/tests/support/form-post';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// Hostile and careless input, posted over HTTP as a browser without JavaScript posts the
// forms: the hidden $ACTION fields and the fill-time seal read from the page. Every answer
// must be a page that says what is wrong (never a 500), and nothing may be stored twice.
// Each post comes from its own address (TRUST_PROXY), except where the rate limit is tested,
// and carries its own fill-time seal (a form instance), sealed with the site's secret and
// backdated past the minimum fill time: a post with a seal used before is a repeat.
const SECRET = 'forms-bad-input-secret-that-is-long-enough-for-iron';
let site: SiteServer;
let browser: Browser;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-forms-bad-'));
const crm = localCrm(dataDir);
let address = 0;
const hidden: Record<string, Array<[string, string]>> = {};

beforeAll(async () => {
  [site, browser] = await Promise.all([
    startSite({ DATA_DIR: dataDir, TRUST_PROXY: 'true', PORTICO_SECRET: SECRET }),
    launchBrowser(),
  ]);
  for (const [form, marker] of [
    ['/contact/', 'message'],
    ['/newsletter/', 'consent'],
  ] as const) {
    hidden[form] = await fetchHiddenFields(`${site.url}${form}`, marker);
  }
  // The seals read above are now old enough for every post below.
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

interface Answer {
  status: number;
  alert: string;
  thanks: string;
  html: string;
}

/** The page's hidden fields with a new form instance's seal, old enough to pass. */
async function freshHiddenFields(pathname: string): Promise<Array<[string, string]>> {
  const seal = await sealStartedAt(SECRET, Date.now() - MIN_FILL_MS - 1000);
  return (hidden[pathname] ?? []).map(([name, value]): [string, string] =>
    name === STARTED_AT_FIELD ? [name, seal] : [name, value],
  );
}

async function post(
  pathname: '/contact/' | '/newsletter/',
  fields: Record<string, string | Blob>,
  options: { from?: string; hiddenFields?: Array<[string, string]> } = {},
): Promise<Answer> {
  const from = options.from ?? `203.0.113.${(address += 1) % 250}`;
  const response = await fetch(`${site.url}${pathname}`, {
    method: 'POST',
    headers: { 'x-forwarded-for': from, origin: site.url },
    body: buildFormBody(options.hiddenFields ?? (await freshHiddenFields(pathname)), fields),
  });
  const html = await response.text();
  const marker = pathname === '/contact/' ? 'message' : 'consent';
  const form = html.includes(`name="${marker}"`) ? findForm(html, marker) : '';
  return {
    status: response.status,
    alert: regionText(form, 'alert'),
    thanks: regionText(form, 'status'),
    html: form,
  };
}

const contact = { name: 'Ann Lee', email: 'ann@example.com', message: 'Hello' };
const newsletter = { email: 'sub@example.com', consent: 'yes' };

function outboxCount(): number {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    return (
      db.prepare<[], { count: number }>('SELECT COUNT(*) AS count FROM outbox').get()?.count ?? 0
    );
  } finally {
    db.close();
  }
}

/** An email address of exactly `length` characters, unique by `tag`. */
function emailOfLength(length: number, tag: string): string {
  let domain = `${tag}.com`;
  while (64 + 1 + domain.length < length) {
    const label = Math.min(63, length - 64 - 1 - domain.length - 1);
    domain = `${'d'.repeat(Math.max(1, label))}.${domain}`;
  }
  return `${'b'.repeat(64)}@${domain}`;
}

describe('every field at and over its limit', () => {
  const cases = [
    ['name', LIMITS.name, 'x'],
    ['company', LIMITS.company, 'x'],
    ['phone', LIMITS.phone, '1'],
    ['message', LIMITS.message, 'x'],
  ] as const;

  it.each(cases)(
    'contact %s: accepted at %i characters, refused one over',
    async (field, limit, char) => {
      const email = `at-limit-${field}@example.com`;
      const atLimit = await post('/contact/', { ...contact, email, [field]: char.repeat(limit) });
      expect(atLimit.status).toBe(200);
      expect(atLimit.thanks).toMatch(/Thank you/);

      const over = await post('/contact/', {
        ...contact,
        email: `over-limit-${field}@example.com`,
        [field]: char.repeat(limit + 1),
      });
      expect(over.status).toBe(200);
      expect(over.alert).toContain(`must be at most ${limit} characters`);
      await eventually(async () => crm.leads().find((lead) => lead.email === email));
      expect(crm.leads().filter((lead) => lead.email === email)).toHaveLength(1);
      expect(crm.leads().some((lead) => lead.email.startsWith('over-limit-'))).toBe(false);
    },
  );

  // 80, not the 254 an address may have: Salesforce's Email field holds 80 (see LIMITS).
  it('email: accepted at 80 characters, refused at 81', async () => {
    const email = emailOfLength(LIMITS.email, 'limit');
    const atLimit = await post('/contact/', { ...contact, email });
    expect(atLimit.thanks).toMatch(/Thank you/);
    const over = await post('/contact/', {
      ...contact,
      email: emailOfLength(LIMITS.email + 1, 'limit'),
    });
    expect(over.alert).toContain('Email must be at most 80 characters');
    await eventually(async () => crm.leads().find((lead) => lead.email === email));
  });

  it('newsletter first name: accepted at 40 characters, refused one over', async () => {
    const at = await post('/newsletter/', {
      ...newsletter,
      firstName: 'é'.repeat(LIMITS.firstName),
    });
    expect(at.thanks).toMatch(/we have sent you an email/);
    const over = await post('/newsletter/', {
      ...newsletter,
      firstName: 'é'.repeat(LIMITS.firstName + 1),
    });
    expect(over.alert).toContain('First name must be at most 40 characters');
  });
});

describe('wrong types and missing fields', () => {
  it('says per field that a file is not text', async () => {
    const file = new File(['%PDF-1.4'], 'cv.pdf', { type: 'application/pdf' });
    const answer = await post('/contact/', {
      name: file,
      email: file,
      company: file,
      message: file,
    });
    expect(answer.status).toBe(200);
    for (const label of ['Name', 'Email', 'Company', 'Message']) {
      expect(answer.alert).toContain(`${label}: ${label} must be text, not a file.`);
    }
  });

  it('names every missing required field', async () => {
    const answer = await post('/contact/', {});
    expect(answer.status).toBe(200);
    expect(answer.alert).toContain('Please correct 3 fields');
    expect(answer.alert).toContain('Name: Please enter your name.');
    expect(answer.alert).toContain('Email: Please enter your email address.');
    expect(answer.alert).toContain('Message: Please enter your message.');
    const newsletterAnswer = await post('/newsletter/', {});
    expect(newsletterAnswer.alert).toContain('Please correct 2 fields');
  });

  it('answers a post whose action fields were tampered with by refusing it, not with a 500', async () => {
    const tampered = (hidden['/contact/'] ?? []).map(([name, value]): [string, string] =>
      name.endsWith(':0') ? [name, '{"id":"0000","bound":"$@1"}'] : [name, value],
    );
    const answer = await post('/contact/', contact, { hiddenFields: tampered });
    expect(answer.status).toBe(400);
  });
});

describe('huge bodies', () => {
  it('refuses a 2 MB post with a page that says so, without JavaScript', async () => {
    const before = outboxCount();
    const response = await fetch(`${site.url}/contact/`, {
      method: 'POST',
      headers: { origin: site.url },
      body: buildFormBody(hidden['/contact/'] ?? [], { ...contact, message: 'x'.repeat(2 ** 21) }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(response.text()).resolves.toMatch(/Your form was too large to send/);
    expect(outboxCount()).toBe(before);
  });

  it('refuses a 2 MB post sent in chunks, without a declared length', async () => {
    const body = new Response(
      buildFormBody(hidden['/contact/'] ?? [], { ...contact, message: 'x'.repeat(2 ** 21) }),
    );
    const bytes = new Uint8Array(await body.arrayBuffer());
    const response = await fetch(`${site.url}/contact/`, {
      method: 'POST',
      headers: { 'content-type': body.headers.get('content-type') ?? '' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it('answers a 900 KB message under the body limit with the field error', async () => {
    const answer = await post('/contact/', { ...contact, message: 'x'.repeat(900 * 1024) });
    expect(answer.status).toBe(200);
    expect(answer.alert).toContain('Message must be at most 5000 characters');
  });

  it('stops a tampered 2 MB form in the browser with a message, keeping what was typed', async () => {
    const page = await browser.newPage({ extraHTTPHeaders: { 'x-forwarded-for': '192.0.2.200' } });
    await page.goto(`${site.url}/contact/`, { waitUntil: 'networkidle' });
    await page.fill('#contact-name', 'Ann Lee');
    await page.fill('#contact-email', 'huge@example.com');
    await page.evaluate(() => {
      const message = document.querySelector<HTMLTextAreaElement>('#contact-message');
      message?.removeAttribute('maxlength');
      if (message) message.value = 'x'.repeat(2 ** 21);
    });
    await page.click('button[type=submit]');
    await expect
      .poll(() => page.locator('#contact-alert').innerText())
      .toMatch(/Your form is too large to send \(over 1 MB\)/);
    await expect(page.inputValue('#contact-name')).resolves.toBe('Ann Lee');
    await page.close();
  });
});

describe('markup and script in every field', () => {
  const script = '<script>alert("pwned")</script>';
  const image = '"><img src=x onerror=alert(1)>';

  it('stores them literally, once, and never runs them', async () => {
    const email = 'markup@example.com';
    const fields = {
      name: `Ann ${script}`,
      email,
      company: image,
      phone: '+44 20 7946 0000',
      message: `${script}\n${image}\n<b>bold?</b>`,
    };
    const answer = await post('/contact/', fields);
    expect(answer.thanks).toMatch(/Thank you/);
    const lead = await eventually(async () => crm.leads().find((entry) => entry.email === email));
    expect(lead).toMatchObject({
      firstName: 'Ann',
      lastName: script,
      company: image,
      description: fields.message,
    });
    expect(crm.leads().filter((entry) => entry.email === email)).toHaveLength(1);

    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.url}/dev/crm/`, { waitUntil: 'networkidle' });
    const text = await page.locator('main').innerText();
    expect(text).toContain(script);
    expect(text).toContain(image);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows them back escaped when the form returns with an error', async () => {
    const answer = await post('/contact/', {
      name: script,
      email: `${script}@x.com`,
      message: image,
    });
    expect(answer.alert).toContain('Please enter an email address like name@example.com.');
    expect(answer.html).not.toContain('<script>alert');
    expect(answer.html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
  });

  it('refuses control characters in a name', async () => {
    const answer = await post('/contact/', { ...contact, name: 'Ann\u0000Lee' });
    expect(answer.alert).toContain('Name contains characters that cannot be used.');
  });
});

describe('spam defences', () => {
  it('answers a honeypot hit like a success and stores nothing', async () => {
    const before = outboxCount();
    const answer = await post('/contact/', {
      ...contact,
      email: 'bot@example.com',
      [HONEYPOT_FIELD]: 'https://spam.example',
    });
    expect(answer.thanks).toMatch(/Thank you/);
    expect(outboxCount()).toBe(before);
  });

  it('asks to send again, values kept, when the form comes back too fast', async () => {
    const fresh = await fetchHiddenFields(`${site.url}/contact/`, 'message');
    const before = outboxCount();
    const answer = await post(
      '/contact/',
      { ...contact, company: 'Quick Ltd' },
      { hiddenFields: fresh },
    );
    expect(answer.alert).toMatch(/quicker than we expected.*send it again/);
    expect(answer.html).toContain('value="Quick Ltd"');
    expect(outboxCount()).toBe(before);
  });

  it('refuses the sixth submission from one address within ten minutes', async () => {
    const answers = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      answers.push(
        await post(
          '/contact/',
          { ...contact, email: `limit${attempt}@example.com` },
          { from: '192.0.2.77' },
        ),
      );
    }
    expect(answers.slice(0, 5).every((answer) => /Thank you/.test(answer.thanks))).toBe(true);
    expect(answers[5]?.alert).toMatch(
      /You have sent several forms in a short time\. Please wait \d+ minutes/,
    );
    expect(answers[5]?.html).toContain('value="limit5@example.com"');
  });
});

describe('without TRUST_PROXY', () => {
  it("ignores a client's own X-Forwarded-For: the socket address is limited", async () => {
    const direct = await startSite();
    try {
      const fields = await fetchHiddenFields(`${direct.url}/contact/`, 'message');
      await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
      const answers: string[] = [];
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const response = await fetch(`${direct.url}/contact/`, {
          method: 'POST',
          // A different made-up address each time, as a client dodging the limit would send.
          headers: { 'x-forwarded-for': `10.0.0.${attempt + 1}`, origin: direct.url },
          body: buildFormBody(fields, { ...contact, email: `spoof${attempt}@example.com` }),
        });
        expect(response.status).toBe(200);
        answers.push(regionText(findForm(await response.text(), 'message'), 'alert'));
      }
      expect(answers.slice(0, 5)).toEqual(['', '', '', '', '']);
      expect(answers[5]).toMatch(/You have sent several forms in a short time/);
    } finally {
      await direct.stop();
    }
  });
});

/** The server action id a form's hidden fields name (React's `$ACTION_1:0` or `$ACTION_ID_`). */
function actionIdOf(fields: Array<[string, string]>): string {
  for (const [name, value] of fields) {
    if (name.startsWith('$ACTION_ID_')) return name.slice('$ACTION_ID_'.length);
    if (/^\$ACTION_\d+:0$/.test(name)) return (JSON.parse(value) as { id: string }).id;
  }
  throw new Error('no server action id among the hidden fields');
}

function outboxKinds(): Record<string, number> {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    const rows = db
      .prepare<[], { kind: string; count: number }>(
        'SELECT kind, COUNT(*) AS count FROM outbox GROUP BY kind',
      )
      .all();
    return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
  } finally {
    db.close();
  }
}

const confirmClaim = (email: string) => ({
  email,
  consentText: 'Yes, send me the newsletter.',
  consentVersion: '2026-12-01',
  consentAt: Date.now(),
});

/** The confirm or unsubscribe page for `token`, and its button form's hidden fields. */
async function tokenPageFields(pathname: string, token: string) {
  const url = `${site.url}${pathname}?token=${encodeURIComponent(token)}`;
  const html = await (await fetch(url)).text();
  return { url, fields: readHiddenFields(findForm(html, 'token')) };
}

describe('server actions called with the wrong arguments', () => {
  const bodies = ['[{"status":"idle"},"x"]', '[null,null]', '[]', '[{"status":"idle"},{}]'];

  async function callAction(url: string, id: string, body: string) {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'next-action': id,
        'content-type': 'text/plain;charset=UTF-8',
        origin: site.url,
        'x-forwarded-for': `198.18.0.${(address += 1) % 250}`,
      },
      body,
    });
    return { status: response.status, text: await response.text() };
  }

  it.each(bodies)(
    'answer %s to the contact and newsletter forms with an invalid state',
    async (body) => {
      for (const pathname of ['/contact/', '/newsletter/'] as const) {
        const before = outboxCount();
        const answer = await callAction(
          `${site.url}${pathname}`,
          actionIdOf(hidden[pathname] ?? []),
          body,
        );
        expect(answer.status).toBe(200);
        expect(answer.text).not.toMatch(/TypeError|is not a function/);
        expect(answer.text).toContain('Your form could not be read');
        expect(outboxCount()).toBe(before);
      }
    },
  );

  it.each(bodies)('answer %s to Confirm and Unsubscribe with an invalid link', async (body) => {
    const confirmToken = await confirmationToken.seal(confirmClaim('args@example.com'), SECRET);
    const unsubscribe = await unsubscribeToken.seal({ email: 'args@example.com' }, SECRET);
    for (const [pathname, token] of [
      ['/newsletter/confirm/', confirmToken],
      ['/newsletter/unsubscribe/', unsubscribe],
    ] as const) {
      const { url, fields } = await tokenPageFields(pathname, token);
      const before = outboxCount();
      const answer = await callAction(url, actionIdOf(fields), body);
      expect(answer.status).toBe(200);
      expect(answer.text).not.toMatch(/TypeError|is not a function/);
      expect(answer.text).toContain('"result":"invalid-token"');
      expect(outboxCount()).toBe(before);
    }
  });
});

describe('the same post sent again', () => {
  it('stores a replayed contact post once and thanks every copy', async () => {
    const fields = await freshHiddenFields('/contact/');
    const email = 'replay@example.com';
    const before = outboxKinds().contact ?? 0;
    const answers = [];
    for (let copy = 0; copy < 3; copy += 1) {
      answers.push(await post('/contact/', { ...contact, email }, { hiddenFields: fields }));
    }
    expect(answers.map((answer) => answer.thanks)).toEqual(
      Array(3).fill(expect.stringMatching(/Thank you/)),
    );
    expect(outboxKinds().contact ?? 0).toBe(before + 1);
    await eventually(async () => crm.leads().find((lead) => lead.email === email));
    expect(crm.leads().filter((lead) => lead.email === email)).toHaveLength(1);
  });

  it('stores one of twenty copies sent at the same moment', async () => {
    const fields = await freshHiddenFields('/newsletter/');
    const before = outboxKinds().mail ?? 0;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        post(
          '/newsletter/',
          { ...newsletter, email: 'burst@example.com' },
          { hiddenFields: fields },
        ),
      ),
    );
    expect(answers.every((answer) => /we have sent you an email/.test(answer.thanks))).toBe(true);
    expect(outboxKinds().mail ?? 0).toBe(before + 1);
  });

  it('takes a second, different message sent from the thank-you the first one got', async () => {
    const email = 'second-message@example.com';
    const first = await post('/contact/', { ...contact, email });
    const again = readHiddenFields(first.html);
    // The answer's own fresh seal is new, so it is too young: wait as a person would.
    await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
    const second = await post(
      '/contact/',
      { ...contact, email, message: 'One more thing' },
      {
        hiddenFields: again,
      },
    );
    expect(second.thanks).toMatch(/Thank you/);
    await eventually(async () =>
      crm.leads().filter((lead) => lead.email === email).length === 2 ? true : undefined,
    );
  });
});

describe('newsletter tokens used again', () => {
  it('subscribes once and sends one welcome mail however often Confirm is pressed', async () => {
    const email = 'confirm-replay@example.com';
    const token = await confirmationToken.seal(confirmClaim(email), SECRET);
    const { url, fields } = await tokenPageFields('/newsletter/confirm/', token);
    const before = outboxKinds();
    for (let press = 0; press < 4; press += 1) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { origin: site.url, 'x-forwarded-for': `198.18.1.${press + 1}` },
        body: buildFormBody(fields, {}),
      });
      expect(response.status).toBe(200);
      await expect(response.text()).resolves.toMatch(/your subscription is confirmed/);
    }
    const after = outboxKinds();
    expect((after['newsletter-subscribe'] ?? 0) - (before['newsletter-subscribe'] ?? 0)).toBe(1);
    expect((after.mail ?? 0) - (before.mail ?? 0)).toBe(1);
  });

  it('enqueues one unsubscribe for 300 one-click posts of one token at once', async () => {
    const token = await unsubscribeToken.seal({ email: 'flood@example.com' }, SECRET);
    const before = outboxKinds()['newsletter-unsubscribe'] ?? 0;
    const statuses = await Promise.all(
      Array.from({ length: 300 }, async () => {
        const response = await fetch(
          `${site.url}/newsletter/unsubscribe/one-click/?token=${encodeURIComponent(token)}`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'x-forwarded-for': '198.18.2.1',
            },
            body: 'List-Unsubscribe=One-Click',
          },
        );
        await response.text();
        return response.status;
      }),
    );
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect((outboxKinds()['newsletter-unsubscribe'] ?? 0) - before).toBe(1);
  });

  it('limits new one-click tokens per client, but answers a used one without counting', async () => {
    const oneClick = async (token: string) =>
      (
        await fetch(
          `${site.url}/newsletter/unsubscribe/one-click/?token=${encodeURIComponent(token)}`,
          {
            method: 'POST',
            headers: { 'x-forwarded-for': '198.18.3.1' },
            body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
          },
        )
      ).status;
    const tokens = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        unsubscribeToken.seal({ email: `limited${index}@example.com` }, SECRET),
      ),
    );
    const statuses = [];
    for (const token of tokens) statuses.push(await oneClick(token));
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(await oneClick(tokens[0] ?? '')).toBe(200);
  });

  it('accepts the one-click body as multipart/form-data, as RFC 8058 prefers', async () => {
    const email = 'multipart@example.com';
    const token = await unsubscribeToken.seal({ email }, SECRET);
    const body = new FormData();
    body.set('List-Unsubscribe', 'One-Click');
    const before = outboxKinds()['newsletter-unsubscribe'] ?? 0;
    const response = await fetch(
      `${site.url}/newsletter/unsubscribe/one-click/?token=${encodeURIComponent(token)}`,
      { method: 'POST', headers: { 'x-forwarded-for': '198.18.4.1' }, body },
    );
    expect(response.status).toBe(200);
    expect((outboxKinds()['newsletter-unsubscribe'] ?? 0) - before).toBe(1);
  });

  it('refuses a confirmation token as an unsubscribe token', async () => {
    const token = await confirmationToken.seal(confirmClaim('purpose@example.com'), SECRET);
    const before = outboxCount();
    const response = await fetch(
      `${site.url}/newsletter/unsubscribe/one-click/?token=${encodeURIComponent(token)}`,
      {
        method: 'POST',
        headers: { 'x-forwarded-for': '198.18.5.1' },
        body: new URLSearchParams({ 'List-Unsubscribe': 'One-Click' }),
      },
    );
    expect(response.status).toBe(400);
    expect(outboxCount()).toBe(before);
    const page = await (
      await fetch(`${site.url}/newsletter/unsubscribe/?token=${encodeURIComponent(token)}`)
    ).text();
    expect(page).toContain('This unsubscribe link is not valid');
  });
});

describe('confirmation mails to strangers', () => {
  it('carry no name the sign-up typed', async () => {
    const email = 'stranger@example.com';
    const answer = await post('/newsletter/', {
      ...newsletter,
      email,
      firstName: 'Win $$$ http://evil.example/x',
    });
    expect(answer.thanks).toMatch(/we have sent you an email/);
    const mail = await waitForMail(site.url, email, /confirm your newsletter/i);
    expect(mail.text).not.toContain('evil.example');
    expect(mail.text).not.toContain('Win $$$');
    expect(mail.text).toMatch(/^Hello,/);
  });

  it('go to one address three times a day at most, whoever asks', async () => {
    const email = 'Target@Example.com';
    const before = outboxKinds().mail ?? 0;
    const answers = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      answers.push(await post('/newsletter/', { ...newsletter, email }));
    }
    expect(
      answers.slice(0, 3).every((answer) => /we have sent you an email/.test(answer.thanks)),
    ).toBe(true);
    expect(answers[3]?.alert).toMatch(
      /cannot send another confirmation email to this address today/,
    );
    expect(answers[3]?.html).toContain('value="Target@Example.com"');
    expect((outboxKinds().mail ?? 0) - before).toBe(3);
  });
});

describe('input that looks empty or ticked but is not', () => {
  it('counts a name of zero-width characters as empty', async () => {
    const answer = await post('/contact/', { ...contact, name: '\u200b\u200c\u200d\ufeff' });
    expect(answer.alert).toContain('Name: Please enter your name.');
  });

  it.each(['no', 'false', 'off'])('does not count consent=%s as ticked', async (consent) => {
    const before = outboxCount();
    const answer = await post('/newsletter/', { email: `consent-${consent}@example.com`, consent });
    expect(answer.alert).toMatch(/tick the box/);
    expect(outboxCount()).toBe(before);
  });

  it('refuses a post with two email values', async () => {
    const before = outboxCount();
    const body = buildFormBody(await freshHiddenFields('/newsletter/'), newsletter);
    body.append('email', 'victim@example.com');
    const response = await fetch(`${site.url}/newsletter/`, {
      method: 'POST',
      headers: { origin: site.url, 'x-forwarded-for': '198.18.6.1' },
      body,
    });
    const form = findForm(await response.text(), 'consent');
    expect(regionText(form, 'alert')).toMatch(/Email: This field was sent more than once/);
    expect(outboxCount()).toBe(before);
  });
});
