/**
 * Which hosts media may come from, and how a `/wp-media/<host>/<path>` address maps back to
 * the upstream URL. Shared by the resolver (which writes such addresses) and the proxy (which
 * reads them), so both agree on the scheme of each host.
 * @module
 */

/** The route that proxies remote media. */
export const MEDIA_ROUTE = '/wp-media';

/** Host (with port) → origin, preferring https when a host is listed with both schemes. */
export function originsByHost(allowedOrigins: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of allowedOrigins) {
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    const known = map.get(url.host);
    if (!known || url.protocol === 'https:') map.set(url.host, url.origin);
  }
  return map;
}

/** Whether `url` is on one of the allowed origins (scheme and host both match). */
export function isAllowedOrigin(url: URL, allowedOrigins: readonly string[]): boolean {
  return originsByHost(allowedOrigins).get(url.host) === url.origin;
}
