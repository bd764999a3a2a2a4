/**
 * Whether a request reached the site over HTTPS, and where to send it when it did not.
 * @module
 */

/**
 * The scheme the visitor used. Next serves plain HTTP, so behind a TLS-terminating proxy
 * only its X-Forwarded-Proto knows; that header is believed only when `trustProxy` is on,
 * since without a proxy any client could send it. Undefined: not known.
 */
export function getVisitorScheme(
  headers: Headers,
  requestUrl: URL,
  trustProxy: boolean,
): 'http' | 'https' | undefined {
  if (requestUrl.protocol === 'https:') return 'https';
  if (!trustProxy) return undefined;
  // A chain of proxies appends; the first value is what the visitor's connection used.
  const forwarded = headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return forwarded === 'http' || forwarded === 'https' ? forwarded : undefined;
}

/**
 * The HTTPS address of a plain-HTTP request: the site's own origin (never the request's Host,
 * which the client chooses) with the same path and query.
 */
export function toHttpsUrl(siteUrl: string, requestUrl: URL): string {
  const target = new URL(siteUrl);
  target.protocol = 'https:';
  target.pathname = requestUrl.pathname;
  target.search = requestUrl.search;
  return target.toString();
}
