import { describe, expect, it } from 'vitest';

import { testContentSecurityPolicy } from './observatory/csp-test';
import { buildContentSecurityPolicy, createNonce } from './csp';
import { buildSecurityHeaders } from './security-headers';

describe('buildContentSecurityPolicy', () => {
  it('allows scripts only by nonce, and no inline script, eval or plugin', () => {
    const policy = buildContentSecurityPolicy('n0nce');
    expect(policy).toContain("script-src 'nonce-n0nce' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("frame-src 'none'");
  });

  it('earns the top CSP result of the Observatory', () => {
    const headers = new Headers({
      'content-security-policy': buildContentSecurityPolicy(createNonce()),
    });
    expect(testContentSecurityPolicy(headers, new URL('https://site.test/')).result).toBe(
      'csp-implemented-with-no-unsafe-default-src-none',
    );
  });

  it('lets consented embeds and collectors in by origin only', () => {
    const policy = buildContentSecurityPolicy('n', {
      allowances: {
        frameOrigins: ['https://www.youtube-nocookie.com'],
        connectOrigins: ['https://region1.google-analytics.com'],
        imageOrigins: [],
      },
    });
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com;');
    expect(policy).toContain("connect-src 'self' https://region1.google-analytics.com;");
  });

  it('gives each request its own unguessable nonce', () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('buildSecurityHeaders', () => {
  it('sends HSTS for a year with subdomains only when the site is served over HTTPS', () => {
    expect(buildSecurityHeaders({ isHttps: true })['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(buildSecurityHeaders({ isHttps: false })).not.toHaveProperty(
      'strict-transport-security',
    );
  });

  it('denies unused browser features, and gives a video frame only what a player needs', () => {
    expect(buildSecurityHeaders({ isHttps: false })['permissions-policy']).toContain('camera=()');
    const withPlayer = buildSecurityHeaders({
      isHttps: false,
      frameOrigins: ['https://player.vimeo.com'],
    })['permissions-policy'];
    expect(withPlayer).toContain('fullscreen=(self "https://player.vimeo.com")');
    expect(withPlayer).toContain('camera=()');
  });
});
