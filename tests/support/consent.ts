/**
 * Helpers for the consent browser tests: when a page's consent state is known, and what a
 * page has stored.
 * @module
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Waits until the page has learnt the visitor's choice (or that there is none). */
export async function waitForConsent(page: Page): Promise<'decided' | 'undecided'> {
  const html = page.locator('html[data-consent="decided"], html[data-consent="undecided"]');
  await html.waitFor({ state: 'attached', timeout: 15_000 });
  return (await html.getAttribute('data-consent')) as 'decided' | 'undecided';
}

/** The keys of the page's localStorage and sessionStorage. */
export function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...Object.keys(localStorage).map((key) => `local:${key}`),
    ...Object.keys(sessionStorage).map((key) => `session:${key}`),
  ]);
}

/** Names of the cookies the context holds, with their domains. */
export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => `${cookie.name}@${cookie.domain}`);
}

/** The site's own reading of the consent cookie, asked from the page. */
export function serverConsent(
  page: Page,
): Promise<{ isDecided: boolean; granted: string[]; isGpcOn: boolean; version: string }> {
  return page.evaluate(async () => {
    const response = await fetch('/api/consent/', { cache: 'no-store' });
    return response.json();
  });
}
