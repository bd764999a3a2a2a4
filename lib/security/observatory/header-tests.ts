import { hasFrameAncestors } from './csp-test';
import type { ObservatoryTestName, TestOutcome } from './types';

function outcome(test: ObservatoryTestName, result: string, modifier: number): TestOutcome {
  return { test, result, modifier };
}

const PRIVATE_REFERRERS = new Set([
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
]);
const UNSAFE_REFERRERS = new Set([
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
  'no-referrer-when-downgrade',
]);

/** Referrer-Policy: the last value a browser recognises applies. */
export function testReferrerPolicy(headers: Headers): TestOutcome {
  const header = headers.get('referrer-policy');
  if (header === null) return outcome('referrer-policy', 'referrer-policy-not-implemented', 0);
  const values = header.split(',').map((value) => value.trim().toLowerCase());
  const effective = values
    .filter((v) => PRIVATE_REFERRERS.has(v) || UNSAFE_REFERRERS.has(v))
    .at(-1);
  if (effective && PRIVATE_REFERRERS.has(effective)) {
    return outcome('referrer-policy', 'referrer-policy-private', 5);
  }
  if (effective) return outcome('referrer-policy', 'referrer-policy-unsafe', -5);
  return outcome('referrer-policy', 'referrer-policy-header-invalid', -5);
}

const SIX_MONTHS = 15_768_000;

/** Strict-Transport-Security: only counts over HTTPS, and needs at least six months. */
export function testStrictTransportSecurity(headers: Headers, url: URL): TestOutcome {
  if (url.protocol !== 'https:') {
    return outcome('strict-transport-security', 'hsts-not-implemented-no-https', -20);
  }
  const header = headers.get('strict-transport-security');
  if (header === null) return outcome('strict-transport-security', 'hsts-not-implemented', -20);
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(header)?.[1];
  if (maxAge === undefined) return outcome('strict-transport-security', 'hsts-header-invalid', -20);
  if (Number(maxAge) < SIX_MONTHS) {
    return outcome(
      'strict-transport-security',
      'hsts-implemented-max-age-less-than-six-months',
      -10,
    );
  }
  return outcome('strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0);
}

/** Whether a response's HSTS header passes (the cookies test forgives a lapse then). */
export function hasValidHsts(headers: Headers, url: URL): boolean {
  return testStrictTransportSecurity(headers, url).modifier === 0;
}

export function testXContentTypeOptions(headers: Headers): TestOutcome {
  const header = headers.get('x-content-type-options');
  if (header === null)
    return outcome('x-content-type-options', 'x-content-type-options-not-implemented', -5);
  return header.trim().toLowerCase() === 'nosniff'
    ? outcome('x-content-type-options', 'x-content-type-options-nosniff', 0)
    : outcome('x-content-type-options', 'x-content-type-options-header-invalid', -5);
}

/** X-Frame-Options, which CSP's frame-ancestors supersedes (and earns a bonus for). */
export function testXFrameOptions(headers: Headers): TestOutcome {
  if (hasFrameAncestors(headers)) {
    return outcome('x-frame-options', 'x-frame-options-implemented-via-csp', 5);
  }
  const header = headers.get('x-frame-options')?.trim().toLowerCase();
  if (header === undefined)
    return outcome('x-frame-options', 'x-frame-options-not-implemented', -20);
  if (header === 'deny' || header === 'sameorigin') {
    return outcome('x-frame-options', 'x-frame-options-sameorigin-or-deny', 0);
  }
  if (header.startsWith('allow-from ')) {
    return outcome('x-frame-options', 'x-frame-options-allow-from-origin', 0);
  }
  return outcome('x-frame-options', 'x-frame-options-header-invalid', -20);
}

export function testCrossOriginResourcePolicy(headers: Headers): TestOutcome {
  const test = 'cross-origin-resource-policy';
  const header = headers.get(test)?.trim().toLowerCase();
  if (header === undefined) {
    return outcome(test, 'corp-not-implemented', 0);
  }
  if (header === 'same-origin') return outcome(test, 'corp-implemented-with-same-origin', 10);
  if (header === 'same-site') return outcome(test, 'corp-implemented-with-same-site', 10);
  if (header === 'cross-origin') return outcome(test, 'corp-implemented-with-cross-origin', 0);
  return outcome(test, 'corp-header-invalid', -5);
}

/**
 * CORS as seen by a request with a foreign Origin: answering that origin back with
 * credentials allowed lets any site read the page as the visitor (-50).
 */
export function testCrossOriginResourceSharing(
  corsHeaders: Headers | undefined,
  foreignOrigin: string,
): TestOutcome {
  const test = 'cross-origin-resource-sharing';
  const allowed = corsHeaders?.get('access-control-allow-origin')?.trim();
  if (!allowed) return outcome(test, 'cross-origin-resource-sharing-not-implemented', 0);
  if (allowed === '*')
    return outcome(test, 'cross-origin-resource-sharing-implemented-with-public-access', 0);
  const withCredentials =
    corsHeaders?.get('access-control-allow-credentials')?.trim().toLowerCase() === 'true';
  if (allowed === foreignOrigin && withCredentials) {
    return outcome(test, 'cross-origin-resource-sharing-implemented-with-universal-access', -50);
  }
  return outcome(test, 'cross-origin-resource-sharing-implemented-with-restricted-access', 0);
}
