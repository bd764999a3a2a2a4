/**
 * Media for a real WordPress: URLs on the allowed origins are served through the site's own
 * `/wp-media` proxy, once a probe has found them reachable.
 * @module
 */
import { parseHttpUrl } from '../html/safe-url';

import { MEDIA_ROUTE, originsByHost } from './media-origins';
import { TtlCache } from './ttl-cache';

/** Options of {@link createRemoteResolver}. */
export interface RemoteResolverOptions {
  /** Origins media may come from; relative URLs resolve against the first. */
  allowedOrigins: string[];
  /** Whether an upstream URL answers with media (see probeMedia). */
  probe: (url: string) => Promise<boolean>;
  /** How long a probe's answer, yes or no, is trusted; default 10 minutes. */
  ttlMs?: number;
  /** Most probe answers kept; default 5000. */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Resolves allowed media URLs to `/wp-media/<host>/<path>?<query>` iff the probe says so. */
export function createRemoteResolver(options: RemoteResolverOptions) {
  const origins = originsByHost(options.allowedOrigins);
  const answers = new TtlCache<string, Promise<boolean>>({
    ttlMs: options.ttlMs ?? 10 * 60_000,
    maxEntries: options.maxEntries ?? 5000,
    now: options.now,
  });

  const isReachable = (upstream: string): Promise<boolean> => {
    let answer = answers.get(upstream);
    if (!answer) {
      answer = options.probe(upstream).catch(() => false);
      answers.set(upstream, answer);
    }
    return answer;
  };

  return async (rawUrl: string): Promise<string | null> => {
    const url = parseHttpUrl(rawUrl, options.allowedOrigins[0]);
    const origin = url ? origins.get(url.host) : undefined;
    if (!url || !origin) return null;
    const upstream = `${origin}${url.pathname}${url.search}`;
    return (await isReachable(upstream))
      ? `${MEDIA_ROUTE}/${url.host}${url.pathname}${url.search}`
      : null;
  };
}
