/**
 * Links into WordPress made site-relative, and links to uploaded files sent through the media
 * resolver (or unwrapped when the file cannot be served).
 * @module
 */
import type { Document, Element } from 'domhandler';

import { elementsNamed, unwrap } from './dom';
import { isMediaFileUrl } from './media-resolution';
import type { MediaResolver } from './media-resolution';
import { cleanUrl } from './safe-url';

// WordPress's own machinery, which the site does not serve: these links stay absolute.
const WORDPRESS_SYSTEM_PATHS =
  /^\/(?:wp-admin|wp-login\.php|wp-json|xmlrpc\.php|wp-content|wp-includes)(?:[/?#]|$)/;
const RELATIVE_BASE = 'https://relative.invalid';

/** Rewrites every `<a href>` in the document, in place. */
export async function rewriteLinks(
  document: Document,
  wordpressOrigins: readonly string[],
  resolve: MediaResolver,
): Promise<void> {
  const hosts = new Set(
    wordpressOrigins.map(hostOf).filter((host): host is string => host !== null),
  );
  const links = elementsNamed(document, 'a').filter((link) => link.attribs.href !== undefined);
  await Promise.all(links.map((link) => rewriteLink(link, hosts, resolve)));
}

async function rewriteLink(
  link: Element,
  hosts: ReadonlySet<string>,
  resolve: MediaResolver,
): Promise<void> {
  const href = cleanUrl(link.attribs.href ?? '');
  const url = parseLink(href);
  if (!url) return;
  const isRelative = url.host === new URL(RELATIVE_BASE).host;
  const isWordPress = isRelative || hosts.has(url.host);

  if (isMediaFileUrl(url)) {
    const resolved = await resolve(href);
    if (resolved) link.attribs.href = resolved;
    else if (isWordPress || wrapsMedia(link)) unwrap(link);
    return;
  }
  if (!isRelative && isWordPress && !WORDPRESS_SYSTEM_PATHS.test(url.pathname)) {
    link.attribs.href = `${url.pathname}${url.search}${url.hash}`;
  }
}

function parseLink(href: string): URL | null {
  if (href.startsWith('#')) return null;
  try {
    const url = new URL(href, RELATIVE_BASE);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function wrapsMedia(link: Element): boolean {
  return elementsNamed(link, 'img', 'span').some(
    (element) => element.name === 'img' || element.attribs.class === 'wp-media-missing',
  );
}
