import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FOREIGN_ORIGIN, runObservatoryTests, scoreSite } from '@/lib/security/observatory';
import { ensureSelfSignedCertificate, startTlsProxy, type TlsProxy } from '@/scripts/tls-proxy';
import { launchBrowser } from '@/tests/support/browser';
import { freePort, startSite, type SiteServer } from '@/tests/support/site-server';
import { followRedirects, getRaw } from '@/tests/support/tls-fetch';

// The site as it runs in production: behind a TLS-terminating proxy (scripts/tls-proxy.ts,
// a self-signed certificate made with openssl) that sets X-Forwarded-Proto, with
// TRUST_PROXY=true and an https SITE_URL. Each page is scored as Mozilla's HTTP Observatory
// scores a site (lib/security/observatory).
const PAGES = [
  ['the home page', '/'],
  ['a post', '/2025/03/14/the-accessibility-checklist-we-give-every-client/'],
  ['a form page', '/contact/'],
  ['the processing register', '/privacy/register/'],
] as const;

let site: SiteServer;
let proxy: TlsProxy;
let ca: string;
let httpsOrigin: string;
let httpOrigin: string;

beforeAll(async () => {
  const certificate = ensureSelfSignedCertificate(mkdtempSync(path.join(tmpdir(), 'portico-tls-')));
  ca = certificate.cert;
  const httpsPort = await freePort();
  httpsOrigin = `https://127.0.0.1:${httpsPort}`;
  site = await startSite({ SITE_URL: httpsOrigin, TRUST_PROXY: 'true', LOG_LEVEL: 'info' });
  proxy = await startTlsProxy({ target: site.url, certificate, httpsPort });
  httpOrigin = `http://127.0.0.1:${proxy.httpPort}`;
});

afterAll(async () => {
  await proxy?.close();
  await site?.stop();
});

describe('behind TLS', () => {
  it.each(PAGES)('gives %s the top grade of the HTTP Observatory', async (_name, pagePath) => {
    const { chain, last } = await followRedirects(`${httpOrigin}${pagePath}`, { ca });
    const cors = await getRaw(`${httpsOrigin}${pagePath}`, {
      ca,
      headers: { origin: FOREIGN_ORIGIN },
    });
    expect(last.status).toBe(200);

    const report = scoreSite({
      url: last.url,
      headers: last.headers,
      html: last.body,
      httpRedirectChain: chain,
      corsHeaders: cors.headers,
    });

    const belowPar = report.tests.filter((test) => test.modifier < 0);
    expect(belowPar, JSON.stringify(belowPar)).toEqual([]);
    expect(report.grade).toBe('A+');
    expect(report.tests.find((test) => test.test === 'content-security-policy')?.result).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
  });

  it('redirects http to the same path on https in one hop, permanently', async () => {
    const answer = await getRaw(`${httpOrigin}/about/?ref=x`);
    expect(answer.status).toBe(308);
    expect(answer.headers.get('location')).toBe(`${httpsOrigin}/about/?ref=x`);
  });

  it('sends HSTS for a year with subdomains, and a fresh nonce on each page', async () => {
    const first = await getRaw(`${httpsOrigin}/`, { ca });
    const second = await getRaw(`${httpsOrigin}/`, { ca });
    expect(first.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const nonce = nonceOf(first.headers.get('content-security-policy'));
    expect(nonce).toBeDefined();
    expect(nonce).not.toBe(nonceOf(second.headers.get('content-security-policy')));
    // Next stamps the request's nonce on every script of the page.
    const scripts = [...first.body.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it('sends the headers with static files and route handlers too', async () => {
    const home = await getRaw(`${httpsOrigin}/`, { ca });
    const script = /<script[^>]+src="([^"]+)"/.exec(home.body)?.[1];
    expect(script).toBeDefined();
    for (const address of [
      `${httpsOrigin}${script}`,
      `${httpsOrigin}/privacy/register.json`,
      `${httpsOrigin}/robots.txt`,
    ]) {
      const answer = await getRaw(address, { ca });
      expect(answer.status, address).toBe(200);
      expect(answer.headers.get('x-content-type-options'), address).toBe('nosniff');
      expect(answer.headers.get('strict-transport-security'), address).toContain(
        'max-age=31536000',
      );
      expect(answer.headers.get('content-security-policy'), address).toContain(
        "frame-ancestors 'none'",
      );
    }
  });

  it('lets no visitor forge X-Forwarded-Proto through the proxy', async () => {
    // With TRUST_PROXY on, the site believes the header; the proxy overwrites what visitors
    // send, so a visitor cannot forge it through the proxy either.
    const forged = await getRaw(`${httpsOrigin}/about/`, {
      ca,
      headers: { 'x-forwarded-proto': 'http' },
    });
    expect(forged.status).toBe(200);
  });

  it("sets the editor's preview cookies Secure, HttpOnly and SameSite, and clears them so too", async () => {
    const line = site
      .output()
      .split('\n')
      .find((entry) => entry.includes('"preview.local_editor"'));
    const { previewSecret } = JSON.parse(line ?? '{}') as { previewSecret?: string };
    expect(previewSecret, 'the start-up log names the preview secret').toBeDefined();

    const enter = await getRaw(
      `${httpsOrigin}/api/preview/?secret=${encodeURIComponent(previewSecret ?? '')}&id=120`,
      { ca },
    );
    const exit = await getRaw(`${httpsOrigin}/api/preview/exit/?to=/`, { ca });
    for (const answer of [enter, exit]) {
      expect(answer.headers.getSetCookie().length, answer.url).toBeGreaterThan(0);
      const cookies = runObservatoryTests({
        url: answer.url,
        headers: answer.headers,
        httpRedirectChain: [],
      }).find((test) => test.test === 'cookies');
      expect(cookies, answer.headers.getSetCookie().join('\n')).toMatchObject({
        result: 'cookies-secure-with-httponly-sessions-and-samesite',
      });
    }
  });

  describe('in a browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('runs the pages with no Content-Security-Policy violation', async () => {
      const context = await browser.newContext({ ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const violations: string[] = [];
      await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
            `${location.pathname}: ${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          );
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      for (const [, pagePath] of PAGES) {
        await page.goto(`${httpsOrigin}${pagePath}`, { waitUntil: 'networkidle' });
      }
      // Hydration ran: Next's router is there, so its nonce-stamped scripts were allowed.
      expect(await page.evaluate(() => 'next' in window)).toBe(true);
      expect(violations).toEqual([]);
      await context.close();
    });
  });
});
