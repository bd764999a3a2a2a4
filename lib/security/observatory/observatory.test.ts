import { describe, expect, it } from 'vitest';

import { gradeFor, runObservatoryTests, scoreOutcomes, scoreSite, type ObservedSite } from '.';

const STRICT_CSP =
  "default-src 'none'; script-src 'nonce-abc123' 'strict-dynamic'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const GOOD_HEADERS: Record<string, string> = {
  'content-security-policy': STRICT_CSP,
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function site(overrides: Partial<ObservedSite> & { headers?: Headers } = {}): ObservedSite {
  return {
    url: 'https://site.test/',
    headers: new Headers(GOOD_HEADERS),
    html: '<html><body><script src="/_next/app.js" nonce="abc123"></script></body></html>',
    httpRedirectChain: ['http://site.test/', 'https://site.test/'],
    ...overrides,
  };
}

function withHeaders(change: (headers: Headers) => void): Headers {
  const headers = new Headers(GOOD_HEADERS);
  change(headers);
  return headers;
}

function resultOf(observed: ObservedSite, test: string) {
  return runObservatoryTests(observed).find((outcome) => outcome.test === test);
}

describe('scoreSite', () => {
  it('gives a strict, complete set of headers A+ with every bonus it earns', () => {
    const report = scoreSite(site());
    // 100 + CSP default-src 'none' 10 + referrer 5 + frame-ancestors 5 + CORP 10.
    expect(report.score).toBe(130);
    expect(report.grade).toBe('A+');
  });

  it('takes 25 points for a missing CSP and withholds the bonuses below 90', () => {
    const report = scoreSite(
      site({ headers: withHeaders((h) => h.delete('content-security-policy')) }),
    );
    expect(
      resultOf(
        site({ headers: withHeaders((h) => h.delete('content-security-policy')) }),
        'content-security-policy',
      )?.result,
    ).toBe('csp-not-implemented');
    // 100 - 25 = 75 is below 90: the frame, referrer and CORP bonuses do not count.
    expect(report.score).toBe(75);
    expect(report.grade).toBe('B');
  });

  it("counts 'unsafe-inline' in script-src as unsafe unless a nonce makes browsers ignore it", () => {
    const unsafe = withHeaders((h) =>
      h.set(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'",
      ),
    );
    expect(resultOf(site({ headers: unsafe }), 'content-security-policy')).toMatchObject({
      result: 'csp-implemented-with-unsafe-inline',
      modifier: -20,
    });
    const withNonce = withHeaders((h) =>
      h.set(
        'content-security-policy',
        "default-src 'self'; script-src 'nonce-x' 'unsafe-inline'; object-src 'none'",
      ),
    );
    expect(resultOf(site({ headers: withNonce }), 'content-security-policy')?.result).toBe(
      'csp-implemented-with-no-unsafe',
    );
  });

  it("rejects 'strict-dynamic' without a nonce or hash as an invalid policy", () => {
    const headers = withHeaders((h) =>
      h.set('content-security-policy', "script-src 'strict-dynamic'; object-src 'none'"),
    );
    expect(resultOf(site({ headers }), 'content-security-policy')?.result).toBe(
      'csp-header-invalid',
    );
  });

  it('scores unsafe inline styles at zero instead of the bonus', () => {
    const headers = withHeaders((h) =>
      h.set(
        'content-security-policy',
        STRICT_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      ),
    );
    expect(resultOf(site({ headers }), 'content-security-policy')).toMatchObject({
      result: 'csp-implemented-with-unsafe-inline-in-style-src-only',
      modifier: 0,
    });
  });

  it('penalises an http: image source on an https page', () => {
    const headers = withHeaders((h) =>
      h.set(
        'content-security-policy',
        STRICT_CSP.replace("img-src 'self'", "img-src 'self' http://cdn.test"),
      ),
    );
    expect(resultOf(site({ headers }), 'content-security-policy')?.modifier).toBe(-10);
  });

  it('wants HSTS of at least six months, and only over HTTPS', () => {
    const short = withHeaders((h) => h.set('strict-transport-security', 'max-age=86400'));
    expect(resultOf(site({ headers: short }), 'strict-transport-security')?.modifier).toBe(-10);
    const missing = withHeaders((h) => h.delete('strict-transport-security'));
    expect(resultOf(site({ headers: missing }), 'strict-transport-security')?.modifier).toBe(-20);
    expect(resultOf(site({ url: 'http://site.test/' }), 'strict-transport-security')?.result).toBe(
      'hsts-not-implemented-no-https',
    );
  });

  it('grades cookies by their worst flag', () => {
    const cookie = (line: string) => withHeaders((h) => h.append('set-cookie', line));
    expect(
      resultOf(site({ headers: cookie('a=1; Secure; HttpOnly; SameSite=Lax') }), 'cookies'),
    ).toMatchObject({
      result: 'cookies-secure-with-httponly-sessions-and-samesite',
      modifier: 5,
    });
    expect(resultOf(site({ headers: cookie('a=1; Secure') }), 'cookies')?.modifier).toBe(0);
    // HSTS is valid in these headers, so a cookie without Secure costs 5, not 20.
    expect(resultOf(site({ headers: cookie('a=1; SameSite=Lax') }), 'cookies')?.modifier).toBe(-5);
    expect(
      resultOf(site({ headers: cookie('sessionid=1; Secure; SameSite=Lax') }), 'cookies'),
    ).toMatchObject({
      result: 'cookies-session-without-httponly-flag',
      modifier: -30,
    });
    expect(
      resultOf(site({ headers: cookie('a=1; Secure; SameSite=Sometimes') }), 'cookies')?.result,
    ).toBe('cookies-samesite-flag-invalid');
  });

  it('wants the first redirect from http to go to https on the same host', () => {
    expect(
      resultOf(site({ httpRedirectChain: ['http://site.test/'] }), 'redirection')?.modifier,
    ).toBe(-20);
    expect(
      resultOf(
        site({ httpRedirectChain: ['http://site.test/', 'https://www.site.test/'] }),
        'redirection',
      )?.modifier,
    ).toBe(-5);
    expect(
      resultOf(
        site({
          httpRedirectChain: [
            'http://site.test/',
            'http://www.site.test/',
            'https://www.site.test/',
          ],
        }),
        'redirection',
      )?.modifier,
    ).toBe(-10);
  });

  it('penalises external scripts without integrity, and plain-http ones most', () => {
    const page = (script: string) => site({ html: `<html><head>${script}</head></html>` });
    expect(
      resultOf(page('<script src="https://cdn.test/x.js"></script>'), 'subresource-integrity')
        ?.modifier,
    ).toBe(-5);
    expect(
      resultOf(page('<script src="http://cdn.test/x.js"></script>'), 'subresource-integrity')
        ?.modifier,
    ).toBe(-50);
    expect(
      resultOf(
        page(
          '<script src="https://cdn.test/x.js" integrity="sha384-x" crossorigin="anonymous"></script>',
        ),
        'subresource-integrity',
      )?.modifier,
    ).toBe(5);
    expect(resultOf(page('<script>inline()</script>'), 'subresource-integrity')?.result).toBe(
      'sri-not-implemented-but-no-scripts-loaded',
    );
  });

  it('accepts X-Frame-Options when frame-ancestors is absent, and misses both otherwise', () => {
    const noAncestors = STRICT_CSP.replace("; frame-ancestors 'none'", '');
    const xfoOnly = withHeaders((h) => h.set('content-security-policy', noAncestors));
    expect(resultOf(site({ headers: xfoOnly }), 'x-frame-options')?.modifier).toBe(0);
    xfoOnly.delete('x-frame-options');
    expect(resultOf(site({ headers: xfoOnly }), 'x-frame-options')?.modifier).toBe(-20);
  });

  it('penalises a missing nosniff, an unsafe referrer policy and an unknown CORP value', () => {
    const headers = withHeaders((h) => {
      h.delete('x-content-type-options');
      h.set('referrer-policy', 'unsafe-url');
      h.set('cross-origin-resource-policy', 'everyone');
    });
    const outcomes = runObservatoryTests(site({ headers }));
    expect(outcomes.find((o) => o.test === 'x-content-type-options')?.modifier).toBe(-5);
    expect(outcomes.find((o) => o.test === 'referrer-policy')?.modifier).toBe(-5);
    expect(outcomes.find((o) => o.test === 'cross-origin-resource-policy')?.modifier).toBe(-5);
  });

  it('takes 50 points when CORS reflects any origin with credentials', () => {
    const corsHeaders = new Headers({
      'access-control-allow-origin': 'https://observatory.example',
      'access-control-allow-credentials': 'true',
    });
    expect(resultOf(site({ corsHeaders }), 'cross-origin-resource-sharing')?.modifier).toBe(-50);
  });
});

describe('gradeFor', () => {
  it('follows the grading chart at its edges', () => {
    expect([100, 99, 90, 89, 85, 84, 24, 0].map(gradeFor)).toEqual([
      'A+',
      'A',
      'A',
      'A-',
      'A-',
      'B+',
      'F',
      'F',
    ]);
  });

  it('never goes below zero', () => {
    const report = scoreOutcomes([
      { test: 'cookies', result: 'x', modifier: -60 },
      { test: 'redirection', result: 'y', modifier: -60 },
    ]);
    expect(report.score).toBe(0);
  });
});
