/**
 * Fetching from a media origin: redirects are followed only while they stay on the allowed
 * origins (a WordPress redirect must not turn the proxy into a way to reach other hosts), and
 * the wait for response headers is bounded.
 * @module
 */
import { isAllowedOrigin } from './media-origins';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 3;

/** Why an upstream fetch gave no usable response. */
export class UpstreamError extends Error {
  constructor(
    readonly code: 'timeout' | 'network' | 'redirect',
    options?: ErrorOptions,
  ) {
    super(`upstream ${code}`, options);
    this.name = 'UpstreamError';
  }
}

/** Options of {@link fetchUpstream}. */
export interface UpstreamRequest {
  method: 'GET' | 'HEAD';
  headers?: Record<string, string>;
  allowedOrigins: readonly string[];
  fetchImpl: typeof fetch;
  timeoutMs: number;
}

/**
 * Fetches `url`, following same-allowlist redirects. The timeout covers the time to response
 * headers, not the body, so a large video may take as long as it needs to stream.
 */
export async function fetchUpstream(url: URL, request: UpstreamRequest): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const response = await fetchOnce(current, request);
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || !location) return response;

    await response.body?.cancel();
    const next = new URL(location, current);
    if (!isAllowedOrigin(next, request.allowedOrigins)) throw new UpstreamError('redirect');
    current = next;
  }
  throw new UpstreamError('redirect');
}

async function fetchOnce(url: URL, request: UpstreamRequest): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), request.timeoutMs);
  try {
    return await request.fetchImpl(url, {
      method: request.method,
      headers: request.headers,
      redirect: 'manual',
      signal: controller.signal,
    });
  } catch (cause) {
    throw new UpstreamError(controller.signal.aborted ? 'timeout' : 'network', { cause });
  } finally {
    clearTimeout(timer);
  }
}
