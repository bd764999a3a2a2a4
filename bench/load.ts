/**
 * Load runs with autocannon in this process, with latencies kept exactly: autocannon's own
 * histogram records whole milliseconds, too coarse for sub-millisecond cached pages.
 * @module
 */
import autocannon from 'autocannon';

import { percentile } from './percentile';

/** What the load on one URL at one connection count measured, over one or more segments. */
export interface LoadResult {
  url: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  responses: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytesPerResponse: number;
}

/** One autocannon run's raw numbers. */
export interface LoadSegment {
  url: string;
  connections: number;
  durationSeconds: number;
  latenciesMs: number[];
  bytes: number;
  errors: number;
  timeouts: number;
  non2xx: number;
}

/**
 * Loads `url` with `connections` keep-alive connections for `durationSeconds`, each request
 * with `headers` (e.g. a session cookie).
 */
export async function runSegment(
  url: string,
  connections: number,
  durationSeconds: number,
  headers: Record<string, string> = {},
): Promise<LoadSegment> {
  const latenciesMs: number[] = [];
  let bytes = 0;
  const instance = autocannon({
    url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    headers,
  });
  instance.on('response', (_client, _status, responseBytes, ms) => {
    latenciesMs.push(ms);
    bytes += responseBytes;
  });
  const result = await instance;
  const { duration, errors, timeouts, non2xx } = result;
  return {
    url,
    connections,
    durationSeconds: duration,
    latenciesMs,
    bytes,
    errors,
    timeouts,
    non2xx,
  };
}

/** Pools segments of the same URL and connection count into one result. */
export function summarizeSegments(segments: readonly LoadSegment[]): LoadResult {
  const first = segments[0];
  if (!first) throw new Error('summarizeSegments needs at least one segment');
  const latencies = segments.flatMap((s) => s.latenciesMs).sort((a, b) => a - b);
  const sum = (pick: (s: LoadSegment) => number) => segments.reduce((n, s) => n + pick(s), 0);
  const durationSeconds = sum((s) => s.durationSeconds);
  return {
    url: first.url,
    connections: first.connections,
    durationSeconds,
    requestsPerSecond: latencies.length / durationSeconds,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? Number.NaN,
    responses: latencies.length,
    errors: sum((s) => s.errors),
    timeouts: sum((s) => s.timeouts),
    non2xx: sum((s) => s.non2xx),
    bytesPerResponse: latencies.length ? Math.round(sum((s) => s.bytes) / latencies.length) : 0,
  };
}

/** Loads `url` once for `durationSeconds` and summarizes. */
export async function runLoad(
  url: string,
  connections: number,
  durationSeconds: number,
): Promise<LoadResult> {
  return summarizeSegments([await runSegment(url, connections, durationSeconds)]);
}
