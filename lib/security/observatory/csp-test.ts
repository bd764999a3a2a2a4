import type { TestOutcome } from './types';

const BROAD = new Set([
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*',
]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const PASSIVE = new Set(['img-src', 'media-src']);
const NONCE_OR_HASH = /^'(?:nonce-|sha256-|sha384-|sha512-)/;

type Policy = Map<string, Set<string>>;

/** Parses one or more policies; the first occurrence of a directive wins, as in browsers. */
export function parsePolicy(values: string[]): Policy {
  const policy: Policy = new Map();
  for (const value of values.flatMap((header) => header.split(','))) {
    for (const part of value.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const key = name.toLowerCase();
      if (!/^[a-z-]+$/.test(key)) throw new Error(`invalid directive ${name}`);
      if (!policy.has(key)) {
        policy.set(key, new Set(sources.map((source) => lowerKeyword(source))));
      }
    }
  }
  return policy;
}

function lowerKeyword(source: string): string {
  return source.startsWith("'") && !NONCE_OR_HASH.test(source) ? source.toLowerCase() : source;
}

function outcome(result: string, modifier: number): TestOutcome {
  return { test: 'content-security-policy', result, modifier };
}

/**
 * The CSP test: a policy is graded by its worst finding, from scripts that may run inline or
 * from anywhere (-20) down to a default-src 'none' policy without anything unsafe (+10).
 */
export function testContentSecurityPolicy(headers: Headers, url: URL): TestOutcome {
  const header = headers.get('content-security-policy');
  if (!header) return outcome('csp-not-implemented', -25);
  let policy: Policy;
  try {
    policy = parsePolicy([header]);
  } catch {
    return outcome('csp-header-invalid', -25);
  }
  if (policy.size === 0) return outcome('csp-not-implemented', -25);

  const fallback = (name: string) =>
    new Set(policy.get(name) ?? policy.get('default-src') ?? ['*']);
  const scripts = fallback('script-src');
  const styles = fallback('style-src');
  const objects = fallback('object-src');
  for (const list of [scripts, styles]) {
    if ([...list].some((source) => NONCE_OR_HASH.test(source))) list.delete("'unsafe-inline'");
  }
  if (scripts.has("'strict-dynamic'")) {
    if (![...scripts].some((source) => NONCE_OR_HASH.test(source))) {
      return outcome('csp-header-invalid', -25);
    }
    // Browsers that know 'strict-dynamic' ignore host and scheme sources and 'self'.
    for (const source of scripts) {
      if ([...BROAD].some((broad) => source.startsWith(broad)) || source === "'self'") {
        scripts.delete(source);
      }
    }
  }
  const isHttps = url.protocol === 'https:';
  const active = [...policy.entries()]
    .filter(([name]) => !PASSIVE.has(name) && name !== 'script-src')
    .flatMap(([, sources]) => [...sources])
    .concat([...scripts]);
  const passive = [...PASSIVE].flatMap((name) => [
    ...(policy.get(name) ?? policy.get('default-src') ?? []),
  ]);
  const isInsecure = (source: string) => source.startsWith('http:') || source.startsWith('ftp:');

  if (
    [...scripts].some((source) => BROAD.has(source) || UNSAFE_INLINE.has(source)) ||
    [...objects].some((source) => BROAD.has(source))
  ) {
    return outcome('csp-implemented-with-unsafe-inline', -20);
  }
  if (isHttps && active.some(isInsecure))
    return outcome('csp-implemented-with-insecure-scheme', -20);
  if (scripts.has("'unsafe-eval'") || styles.has("'unsafe-eval'")) {
    return outcome('csp-implemented-with-unsafe-eval', -10);
  }
  if (isHttps && passive.some(isInsecure)) {
    return outcome('csp-implemented-with-insecure-scheme-in-passive-content-only', -10);
  }
  if ([...styles].some((source) => BROAD.has(source) || UNSAFE_INLINE.has(source))) {
    return outcome('csp-implemented-with-unsafe-inline-in-style-src-only', 0);
  }
  const defaults = policy.get('default-src');
  if (defaults?.size === 1 && defaults.has("'none'")) {
    return outcome('csp-implemented-with-no-unsafe-default-src-none', 10);
  }
  return outcome('csp-implemented-with-no-unsafe', 5);
}

/** Whether frame-ancestors restricts framing (for the X-Frame-Options test). */
export function hasFrameAncestors(headers: Headers): boolean {
  const header = headers.get('content-security-policy');
  if (!header) return false;
  try {
    const ancestors = parsePolicy([header]).get('frame-ancestors');
    return ancestors !== undefined && ![...ancestors].some((source) => BROAD.has(source));
  } catch {
    return false;
  }
}
