/**
 * Visits one URL in a browser and records what a visitor would meet: status, h1, document
 * title, visible text, every URL the page points at or fetched, console errors and, on request,
 * axe-core's violations.
 * @module
 */
import path from 'node:path';

import type { BrowserContext, Page } from 'playwright-core';

const AXE_SCRIPT = path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the offending elements. */
  targets: string[];
}

export interface PageAudit {
  path: string;
  status: number | null;
  finalPath: string;
  h1: string | null;
  documentTitle: string;
  bodyText: string;
  /** Attribute and URL of every a[href], img[src|srcset], source[src|srcset], iframe[src]. */
  references: Array<{ attribute: string; url: string }>;
  /** Every request the page made, as absolute URLs. */
  requests: string[];
  consoleErrors: string[];
  violations: AxeViolation[];
}

/** Loads `pathname` on `origin` in a fresh page of `context`, then closes the page. */
export async function auditPage(
  context: BrowserContext,
  origin: string,
  pathname: string,
  options: { runAxe: boolean },
): Promise<PageAudit> {
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`${message.text()} (${message.location().url || 'no url'})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  try {
    const response = await page.goto(`${origin}${encodeURI(pathname)}`, { waitUntil: 'load' });
    const facts = await page.evaluate(() => {
      const h1 = document.querySelector('main h1') ?? document.querySelector('h1');
      const references: Array<{ attribute: string; url: string }> = [];
      const add = (attribute: string, url: string | null) => {
        if (url) references.push({ attribute, url: new URL(url, document.baseURI).href });
      };
      for (const a of document.querySelectorAll('a[href]')) add('a[href]', a.getAttribute('href'));
      for (const el of document.querySelectorAll('img[src], source[src], iframe[src]'))
        add(`${el.localName}[src]`, el.getAttribute('src'));
      for (const el of document.querySelectorAll('img[srcset], source[srcset]'))
        for (const candidate of (el.getAttribute('srcset') ?? '').split(','))
          add(`${el.localName}[srcset]`, candidate.trim().split(/\s+/)[0] ?? null);
      return {
        h1: h1 ? (h1 as HTMLElement).innerText.replace(/\s+/g, ' ').trim() : null,
        documentTitle: document.title,
        bodyText: document.body.innerText,
        references,
      };
    });
    const violations = options.runAxe ? await runAxe(page) : [];
    return {
      path: pathname,
      status: response?.status() ?? null,
      finalPath: decodeURI(new URL(page.url()).pathname),
      ...facts,
      requests,
      consoleErrors,
      violations,
    };
  } finally {
    await page.close();
  }
}

/** axe-core's violations on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async () => {
    // axe is the global the injected script defines; its types are not loaded in the page.
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<AxeResults> } })
      .axe;
    interface AxeResults {
      violations: Array<{
        id: string;
        impact: string | null;
        help: string;
        nodes: Array<{ target: unknown[] }>;
      }>;
    }
    const results = await axe.run({ resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}
