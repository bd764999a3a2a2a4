import { describe, expect, it } from 'vitest';

import { createRateLimiter } from './sliding-window';

const MINUTE = 60_000;

describe('createRateLimiter', () => {
  it('allows the limit within a window and refuses the next, saying when to retry', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 10 * MINUTE, maxKeys: 10 });
    const start = 10 * MINUTE * 100;
    for (let hit = 0; hit < 3; hit += 1) expect(limiter.hit('a', start + hit).allowed).toBe(true);
    const refused = limiter.hit('a', start + 3);
    expect(refused.allowed).toBe(false);
    // A third into the next fixed window, two of the three hits still weigh: room for one.
    expect(refused.retryAfterMs).toBe(10 * MINUTE + (10 * MINUTE) / 3 - 3);
    expect(limiter.hit('a', start + 2 + refused.retryAfterMs - 1000).allowed).toBe(false);
    expect(limiter.hit('a', start + 3 + refused.retryAfterMs).allowed).toBe(true);
  });

  it('counts keys apart', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE, maxKeys: 10 });
    expect(limiter.hit('a', 0).allowed).toBe(true);
    expect(limiter.hit('b', 0).allowed).toBe(true);
    expect(limiter.hit('a', 1).allowed).toBe(false);
  });

  it('slides: hits of the previous window weigh by their overlap', () => {
    const limiter = createRateLimiter({ limit: 4, windowMs: MINUTE, maxKeys: 10 });
    for (let hit = 0; hit < 4; hit += 1) expect(limiter.hit('a', 0).allowed).toBe(true);
    // A quarter into the next window, 3 of the 4 earlier hits still count: one more fits.
    expect(limiter.hit('a', MINUTE + MINUTE / 4).allowed).toBe(true);
    expect(limiter.hit('a', MINUTE + MINUTE / 4).allowed).toBe(false);
    // Two windows on, the old hits are gone.
    for (let hit = 0; hit < 4; hit += 1) expect(limiter.hit('a', 3 * MINUTE).allowed).toBe(true);
  });

  it('a refused hit is not counted, so waiting the given time is enough', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: MINUTE, maxKeys: 10 });
    limiter.hit('a', 0);
    limiter.hit('a', 0);
    const refused = limiter.hit('a', 10);
    for (let retry = 0; retry < 5; retry += 1) limiter.hit('a', 20);
    expect(limiter.hit('a', 10 + refused.retryAfterMs).allowed).toBe(true);
  });

  it('keeps at most maxKeys keys, forgetting the least recently seen', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: MINUTE, maxKeys: 100 });
    for (let key = 0; key < 10_000; key += 1) limiter.hit(`k${key}`, 0);
    expect(limiter.size()).toBe(100);
    expect(limiter.hit('k9999', 1).allowed).toBe(false);
    expect(limiter.hit('k0', 1).allowed).toBe(true);
  });
});
