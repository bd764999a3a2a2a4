/**
 * Signing a customer in as a test does it: the login form, the mail in the local mailbox,
 * the link. Shared by the accounts' browser and security tests.
 * @module
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

import { eventually, readMailbox } from './dev-backends';

export const SIGN_IN_SUBJECT = /sign-in link/i;

/** The ids of the sign-in mails `to` has received so far. */
export async function signInMailIds(siteUrl: string, to: string): Promise<Set<string>> {
  const mails = await readMailbox(siteUrl, to);
  return new Set(mails.filter((mail) => SIGN_IN_SUBJECT.test(mail.subject)).map((mail) => mail.id));
}

/** Waits for a sign-in mail to `to` that is not among `seen`, and answers its link. */
export async function nextSignInLink(
  siteUrl: string,
  to: string,
  seen: Set<string>,
): Promise<string> {
  const mail = await eventually(async () =>
    (await readMailbox(siteUrl, to)).find(
      (entry) => SIGN_IN_SUBJECT.test(entry.subject) && !seen.has(entry.id),
    ),
  );
  const link = /https?:\/\/\S+\/account\/login\/confirm\/\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error('the sign-in mail has no link');
  return link;
}

/** Fills the login form on `page` (already on it) and waits for the "check your email" page. */
export async function askForLink(page: Page, email: string): Promise<void> {
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await page.waitForURL(/\/account\/login\/sent\/$/);
  await expect
    .poll(() => page.textContent('main'))
    .toContain('If this address has an account, a link is on its way.');
}

/** Opens a mailed link's page and presses its button, as the customer does. */
export async function followSignInLink(page: Page, link: string): Promise<void> {
  await page.goto(link);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/account/login/confirm/')),
    page.getByRole('button', { name: 'Sign in to my account' }).click(),
  ]);
}

/** Auth.js's callback URL for a mailed link: where the link page's button goes. */
export function callbackUrlOf(link: string): string {
  const url = new URL(link);
  return `${url.origin}/api/auth/callback/email/?${url.searchParams}`;
}

/**
 * Opens `startPath` (an account page), is sent to the login page, asks for a link, follows
 * the mailed link and lands back on `startPath`. Answers the page and the link used.
 */
export async function signIn(
  context: BrowserContext,
  siteUrl: string,
  email: string,
  startPath = '/account/',
): Promise<{ page: Page; link: string }> {
  const page = await context.newPage();
  await page.goto(`${siteUrl}${startPath}`);
  expect(new URL(page.url()).pathname).toBe('/account/login/');
  const seen = await signInMailIds(siteUrl, email);
  await askForLink(page, email);
  const link = await nextSignInLink(siteUrl, email, seen);
  await followSignInLink(page, link);
  const landed = new URL(page.url());
  expect(`${landed.pathname}${landed.search}`).toBe(startPath);
  return { page, link };
}
