/**
 * The Content-Security-Policy: nothing loads unless named, scripts run only with this
 * request's nonce (and what those scripts load, through 'strict-dynamic').
 * @module
 */
import { randomBytes } from 'node:crypto';

/** Origins that consent-gated services (lib/privacy/services.ts) may load from, per kind. */
export interface CspAllowances {
  /** Iframes, e.g. a video player once external media are allowed. */
  frameOrigins: readonly string[];
  /** fetch/XHR/beacon targets, e.g. an analytics collector once statistics are allowed. */
  connectOrigins: readonly string[];
  /** Images from other origins, e.g. a tracking pixel or a video poster. */
  imageOrigins: readonly string[];
}

export const NO_ALLOWANCES: CspAllowances = {
  frameOrigins: [],
  connectOrigins: [],
  imageOrigins: [],
};

/** 128 random bits, base64: unguessable, and a valid nonce source. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The policy for one response. In development React needs eval for its debugging aids, and
 * Next's dev overlay needs inline styles; production allows neither.
 */
export function buildContentSecurityPolicy(
  nonce: string,
  { isDevelopment = false, allowances = NO_ALLOWANCES } = {},
): string {
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    [
      'script-src',
      [`'nonce-${nonce}'`, "'strict-dynamic'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    ],
    ['style-src', isDevelopment ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`]],
    // WordPress content keeps a few sanitised inline style attributes (colours, alignment);
    // CSP3 browsers apply this to attributes only, never to <style> elements.
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:', ...allowances.imageOrigins]],
    ['media-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'", ...allowances.connectOrigins]],
    ['manifest-src', ["'self'"]],
    ['frame-src', allowances.frameOrigins.length > 0 ? [...allowances.frameOrigins] : ["'none'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${unique(sources).join(' ')}`).join('; ');
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
