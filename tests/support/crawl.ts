/**
 * Crawls a list of paths with a few pages open at once, and checks each audit against what the
 * export promised. Each check returns problems as readable lines, so one failing assertion lists
 * every page that broke the rule.
 * @module
 */
import type { BrowserContext } from 'playwright-core';

import { auditPage, type PageAudit } from './page-audit';
import { foldTexturize, RAW_SHORTCODE, VISIBLE_ENTITY, visibleText } from './visible-text';
import type { ExportExpectations, PublishedUrl } from './wxr-expectations';

/** Audits every path, `concurrency` at a time; axe runs only where `shouldRunAxe` says. */
export async function crawl(
  context: BrowserContext,
  origin: string,
  paths: string[],
  shouldRunAxe: (path: string) => boolean,
  concurrency = 3,
): Promise<Map<string, PageAudit>> {
  const audits = new Map<string, PageAudit>();
  const queue = [...paths];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      audits.set(next, await auditPage(context, origin, next, { runAxe: shouldRunAxe(next) }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return audits;
}

/**
 * Status 200 at the path itself, an h1 equal to the export's title modulo texturize (see
 * foldTexturize), and a document title that starts with exactly that h1: `h1 – site`, as
 * WordPress's wp_get_document_title builds it (the site name alone when the title is empty, and
 * `site – tagline` on the front page).
 */
export function checkTitles(
  expected: PublishedUrl,
  audit: PageAudit,
  site: Pick<ExportExpectations, 'siteTitle' | 'tagline'>,
): string[] {
  const problems: string[] = [];
  const where = expected.path;
  if (audit.status !== 200) problems.push(`${where}: status ${audit.status}`);
  if (audit.finalPath !== where) problems.push(`${where}: ended at ${audit.finalPath}`);

  const h1 = audit.h1;
  if (h1 === null) return [...problems, `${where}: no h1`];
  if (expected.title === null) {
    if (!h1) problems.push(`${where}: empty h1`);
  } else if (foldTexturize(h1) !== foldTexturize(visibleText(expected.title))) {
    problems.push(
      `${where}: h1 ${JSON.stringify(h1)}, export title ${JSON.stringify(expected.title)}`,
    );
  }

  const wanted =
    where === '/'
      ? [site.siteTitle, site.tagline].filter(Boolean).join(' – ')
      : [h1, site.siteTitle].filter(Boolean).join(' – ');
  if (audit.documentTitle !== wanted)
    problems.push(
      `${where}: <title> ${JSON.stringify(audit.documentTitle)}, want ${JSON.stringify(wanted)}`,
    );
  return problems;
}

/** Console errors, raw shortcodes and HTML entities shown as text. */
export function checkVisibleText(audit: PageAudit): string[] {
  const problems = audit.consoleErrors.map((error) => `${audit.path}: console error ${error}`);
  const shortcode = RAW_SHORTCODE.exec(audit.bodyText);
  if (shortcode)
    problems.push(`${audit.path}: raw shortcode ${excerpt(audit.bodyText, shortcode.index)}`);
  const entity = VISIBLE_ENTITY.exec(audit.bodyText);
  if (entity)
    problems.push(`${audit.path}: visible entity ${excerpt(audit.bodyText, entity.index)}`);
  return problems;
}

/**
 * No link to the export's own site, no media from it or its media hosts, and no request that
 * leaves the site's origin.
 */
export function checkHosts(
  audit: PageAudit,
  origin: string,
  hosts: Pick<ExportExpectations, 'siteHosts' | 'mediaHosts'>,
): string[] {
  const problems: string[] = [];
  const forbiddenMedia = new Set([...hosts.siteHosts, ...hosts.mediaHosts]);
  for (const { attribute, url } of audit.references) {
    const host = hostOf(url);
    const isMedia = attribute !== 'a[href]';
    if (hosts.siteHosts.includes(host) || (isMedia && forbiddenMedia.has(host)))
      problems.push(`${audit.path}: ${attribute} ${url}`);
  }
  for (const url of audit.requests) {
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:'))
      problems.push(`${audit.path}: request to ${url}`);
  }
  return problems;
}

function excerpt(text: string, index: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 30), index + 40));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
