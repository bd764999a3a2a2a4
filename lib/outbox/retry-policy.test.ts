import { describe, expect, it } from 'vitest';

import { describeFailure } from '@/lib/outbox/failure';
import { backoffDelayMs, decideAfterFailure } from '@/lib/outbox/retry-policy';

const TUNABLES = { backoffBaseMs: 1_000, backoffCapMs: 60_000, maxAttempts: 5 };
const RETRYABLE = { code: 'ECONNRESET', reason: 'Error, retryable', retryable: true };

describe('backoffDelayMs', () => {
  it('doubles the bound per attempt up to the cap, scaled by the random draw', () => {
    const nearlyOne = () => 0.999_999;
    const bounds = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => backoffDelayMs(n, nearlyOne, TUNABLES));
    expect(bounds).toEqual([999, 1_999, 3_999, 7_999, 15_999, 31_999, 59_999, 59_999]);
    expect(backoffDelayMs(4, () => 0.25, TUNABLES)).toBe(2_000);
    expect(backoffDelayMs(4, () => 0, TUNABLES)).toBe(0);
  });
});

describe('decideAfterFailure', () => {
  it('schedules a retryable failure at now plus the jittered delay', () => {
    expect(decideAfterFailure(3, RETRYABLE, 50_000, () => 0.5, TUNABLES)).toEqual({
      action: 'retry',
      at: 52_000,
    });
  });

  it('dead-letters once the attempts reach the budget', () => {
    expect(decideAfterFailure(4, RETRYABLE, 0, () => 0.5, TUNABLES).action).toBe('retry');
    expect(decideAfterFailure(5, RETRYABLE, 0, () => 0.5, TUNABLES)).toEqual({
      action: 'dead-letter',
    });
  });

  it('dead-letters a permanent failure at the first attempt', () => {
    const permanent = { ...RETRYABLE, retryable: false };
    expect(decideAfterFailure(1, permanent, 0, () => 0.5, TUNABLES).action).toBe('dead-letter');
  });
});

describe('describeFailure', () => {
  it('keeps code, class and status but never the message', () => {
    const error = Object.assign(new Error('Lead rejected: bad email jose@example.com'), {
      name: 'CrmError',
      code: 'INVALID_EMAIL_ADDRESS',
      status: 400,
      retryable: false,
    });
    const failure = describeFailure(error);
    expect(failure).toEqual({
      code: 'INVALID_EMAIL_ADDRESS',
      reason: 'CrmError, status 400, permanent',
      retryable: false,
    });
    expect(JSON.stringify(failure)).not.toContain('jose');
  });

  it('replaces a code that could carry data and counts errors without retryable as retryable', () => {
    const error = Object.assign(new Error('x'), { code: 'refused jose@example.com' });
    expect(describeFailure(error)).toEqual({
      code: 'unknown',
      reason: 'Error, retryable',
      retryable: true,
    });
    expect(describeFailure('a thrown string with jose@example.com')).toEqual({
      code: 'unknown',
      reason: 'thrown string',
      retryable: true,
    });
  });
});
