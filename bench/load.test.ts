import { describe, expect, it } from 'vitest';

import { summarizeSegments, type LoadSegment } from './load';

function segment(latenciesMs: number[], durationSeconds: number, non2xx = 0): LoadSegment {
  return {
    url: 'http://127.0.0.1:1/post/',
    connections: 10,
    durationSeconds,
    latenciesMs,
    bytes: latenciesMs.length * 100,
    errors: 0,
    timeouts: 0,
    non2xx,
  };
}

describe('summarizeSegments', () => {
  it('pools latencies and divides all responses by all seconds', () => {
    const result = summarizeSegments([segment([3, 1, 2], 1), segment([4, 5, 6, 7, 8, 9, 10], 1)]);
    expect(result).toMatchObject({
      durationSeconds: 2,
      requestsPerSecond: 5,
      p50Ms: 5,
      p99Ms: 10,
      maxMs: 10,
      responses: 10,
      bytesPerResponse: 100,
    });
  });

  it('adds up failures of every segment', () => {
    expect(summarizeSegments([segment([1], 1, 2), segment([1], 1, 3)]).non2xx).toBe(5);
  });
});
