/**
 * The newsletter's URLs. The one-click unsubscribe URL (RFC 8058) is a route handler, since a
 * mail client POSTs `List-Unsubscribe=One-Click` to it without any form of ours; opened in a
 * browser (GET) it forwards to the page with the button.
 * @module
 */

export const CONFIRM_PATH = '/newsletter/confirm/';
export const UNSUBSCRIBE_PATH = '/newsletter/unsubscribe/';
export const ONE_CLICK_UNSUBSCRIBE_PATH = '/newsletter/unsubscribe/one-click/';

function withToken(siteUrl: string, path: string, token: string): string {
  return `${siteUrl}${path}?token=${encodeURIComponent(token)}`;
}

export const confirmUrl = (siteUrl: string, token: string) =>
  withToken(siteUrl, CONFIRM_PATH, token);
export const unsubscribePageUrl = (siteUrl: string, token: string) =>
  withToken(siteUrl, UNSUBSCRIBE_PATH, token);
export const oneClickUnsubscribeUrl = (siteUrl: string, token: string) =>
  withToken(siteUrl, ONE_CLICK_UNSUBSCRIBE_PATH, token);
