import { parseDocument } from 'htmlparser2';
import { findAll } from 'domutils';

import type { TestOutcome } from './types';

function outcome(result: string, modifier: number): TestOutcome {
  return { test: 'subresource-integrity', result, modifier };
}

/**
 * Subresource Integrity of the page's <script src>: scripts from the page's own host need
 * none (SRI on them earns +5), scripts from elsewhere need it, and over plain HTTP (or a
 * protocol-relative URL) nothing saves them.
 */
export function testSubresourceIntegrity(html: string | undefined, pageUrl: URL): TestOutcome {
  if (html === undefined) return outcome('sri-not-implemented-response-not-html', 0);
  const scripts = findAll(
    (element) => element.name === 'script' && typeof element.attribs.src === 'string',
    parseDocument(html).children,
  );
  if (scripts.length === 0) return outcome('sri-not-implemented-but-no-scripts-loaded', 0);

  let hasExternal = false;
  let hasInsecureExternal = false;
  let isAllWithIntegrity = true;
  for (const script of scripts) {
    const src = script.attribs.src ?? '';
    const url = new URL(src, pageUrl);
    const isSameHost = url.hostname === pageUrl.hostname && !src.startsWith('//');
    const hasIntegrity = Boolean(script.attribs.integrity) && 'crossorigin' in script.attribs;
    if (!hasIntegrity) isAllWithIntegrity = false;
    if (isSameHost) continue;
    hasExternal = true;
    if (url.protocol !== 'https:' || src.startsWith('//')) hasInsecureExternal = true;
  }
  if (hasInsecureExternal) {
    return isAllWithIntegrity
      ? outcome('sri-implemented-but-external-scripts-not-loaded-securely', -20)
      : outcome('sri-not-implemented-and-external-scripts-not-loaded-securely', -50);
  }
  if (isAllWithIntegrity) {
    return hasExternal
      ? outcome('sri-implemented-and-external-scripts-loaded-securely', 5)
      : outcome('sri-implemented-and-all-scripts-loaded-securely', 5);
  }
  return hasExternal
    ? outcome('sri-not-implemented-but-external-scripts-loaded-securely', -5)
    : outcome('sri-not-implemented-but-all-scripts-loaded-from-secure-origin', 0);
}
