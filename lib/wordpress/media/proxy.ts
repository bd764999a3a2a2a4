/**
 * The `/wp-media/<host>/<path>` proxy: serves WordPress media from the site's own origin, so
 * visitors' browsers never contact WordPress or its CDN, and refuses anything that is not
 * media from an allowed host.
 * @module
 */
import { isServableMediaType } from './media-types';
import { originsByHost } from './media-origins';
import { UpstreamError, fetchUpstream } from './upstream-fetch';

/** Options of {@link fetchMedia}. */
export interface FetchMediaOptions {
  /** Origins media may come from, e.g. ['https://cms.example.com']. */
  allowedOrigins: string[];
  fetchImpl?: typeof fetch;
  /** Time allowed for upstream response headers; default 10 s. */
  timeoutMs?: number;
  /** The visitor's request headers; only If-None-Match and If-Modified-Since are passed on. */
  requestHeaders?: Headers;
}

const DAY_SECONDS = 86_400;
const SAFETY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};
const PASSED_HEADERS = ['Content-Type', 'Content-Length', 'ETag', 'Last-Modified'];
const CONDITIONAL_HEADERS = ['If-None-Match', 'If-Modified-Since'];

/**
 * Answers a request for `/wp-media/<host>/<path>?<query>` given its decoded path segments
 * (`[host, ...path]`) and raw `search`. 404 for hosts off the allowlist and malformed paths,
 * 415 for non-media content types, 502 when the upstream fails or is too slow.
 *
 * @example
 * fetchMedia(['cms.example.com', 'wp-content', 'uploads', 'a.png'], '', { allowedOrigins })
 */
export async function fetchMedia(
  pathSegments: string[],
  search: string,
  options: FetchMediaOptions,
): Promise<Response> {
  const upstreamUrl = buildUpstreamUrl(pathSegments, search, options.allowedOrigins);
  if (!upstreamUrl) return textResponse(404, 'Not found');

  let upstream: Response;
  try {
    upstream = await fetchUpstream(upstreamUrl, {
      method: 'GET',
      headers: conditionalHeaders(options.requestHeaders),
      allowedOrigins: options.allowedOrigins,
      fetchImpl: options.fetchImpl ?? fetch,
      timeoutMs: options.timeoutMs ?? 10_000,
    });
  } catch (error) {
    if (error instanceof UpstreamError) return textResponse(502, 'Media unavailable');
    throw error;
  }
  return relay(upstream);
}

/**
 * Whether `url` answers with servable media: a HEAD request, or a one-byte ranged GET when the
 * server refuses HEAD. Redirects are followed within `allowedOrigins` (default: the URL's own
 * origin). Never throws.
 */
export async function probeMedia(
  url: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 3000,
  allowedOrigins?: readonly string[],
): Promise<boolean> {
  try {
    const target = new URL(url);
    const request = { allowedOrigins: allowedOrigins ?? [target.origin], fetchImpl, timeoutMs };
    let response = await fetchUpstream(target, { ...request, method: 'HEAD' });
    if (response.status === 405 || response.status === 501) {
      response = await fetchUpstream(target, {
        ...request,
        method: 'GET',
        headers: { Range: 'bytes=0-0' },
      });
    }
    await response.body?.cancel();
    return (
      (response.status === 200 || response.status === 206) &&
      isServableMediaType(response.headers.get('content-type'))
    );
  } catch {
    return false;
  }
}

function buildUpstreamUrl(
  segments: string[],
  search: string,
  allowedOrigins: readonly string[],
): URL | null {
  const [host, ...path] = segments;
  const origin = host ? originsByHost(allowedOrigins).get(host.toLowerCase()) : undefined;
  if (!origin || path.length === 0) return null;
  if (
    path.some(
      (segment) => segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment),
    )
  ) {
    return null;
  }
  if (search !== '' && (!search.startsWith('?') || search.length > 2048 || /[\s#]/.test(search)))
    return null;

  const url = new URL(`${origin}/${path.map(encodeURIComponent).join('/')}${search}`);
  return url.origin === origin ? url : null;
}

function conditionalHeaders(headers: Headers | undefined): Record<string, string> {
  const passed: Record<string, string> = {};
  for (const name of CONDITIONAL_HEADERS) {
    const value = headers?.get(name);
    if (value) passed[name] = value;
  }
  return passed;
}

async function relay(upstream: Response): Promise<Response> {
  if (upstream.status === 304) {
    return new Response(null, { status: 304, headers: responseHeaders(upstream, false) });
  }
  if (upstream.status !== 200) {
    await upstream.body?.cancel();
    return upstream.status === 404 || upstream.status === 410
      ? textResponse(404, 'Not found')
      : textResponse(502, 'Media unavailable');
  }
  if (!isServableMediaType(upstream.headers.get('content-type'))) {
    await upstream.body?.cancel();
    return textResponse(415, 'Not a media file');
  }
  return new Response(upstream.body, { status: 200, headers: responseHeaders(upstream, true) });
}

function responseHeaders(upstream: Response, withBodyHeaders: boolean): Headers {
  const headers = new Headers(SAFETY_HEADERS);
  for (const name of PASSED_HEADERS) {
    if (!withBodyHeaders && (name === 'Content-Type' || name === 'Content-Length')) continue;
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('Cache-Control', cacheControl(upstream.headers.get('cache-control')));
  return headers;
}

/** Our own day of caching, or upstream's stricter policy. */
export function cacheControl(upstream: string | null): string {
  const directives = (upstream ?? '').toLowerCase();
  if (/(?:^|,)\s*no-store\b/.test(directives)) return 'no-store';
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/.exec(directives)?.[1];
  const noCache = /(?:^|,)\s*no-cache\b/.test(directives);
  const seconds = noCache
    ? 0
    : Math.min(maxAge === undefined ? DAY_SECONDS : Number(maxAge), DAY_SECONDS);
  const scope = /(?:^|,)\s*private\b/.test(directives) ? 'private' : 'public';
  return `${scope}, max-age=${seconds}`;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: {
      ...SAFETY_HEADERS,
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
    },
  });
}
