import { describe, expect, it } from 'vitest';

import { describeDuration, subtractDuration } from './duration';

describe('subtractDuration', () => {
  it('subtracts days as exact 24-hour steps', () => {
    expect(
      subtractDuration(new Date('2026-03-30T10:00:00Z'), { amount: 14, unit: 'days' }),
    ).toEqual(new Date('2026-03-16T10:00:00Z'));
  });

  it('subtracts calendar months, across a year', () => {
    expect(
      subtractDuration(new Date('2026-02-15T08:30:00Z'), { amount: 13, unit: 'months' }),
    ).toEqual(new Date('2025-01-15T08:30:00Z'));
  });

  it('clamps to the last day of a shorter month', () => {
    expect(
      subtractDuration(new Date('2026-05-31T00:00:00Z'), { amount: 3, unit: 'months' }),
    ).toEqual(new Date('2026-02-28T00:00:00Z'));
  });
});

describe('describeDuration', () => {
  it('says one month and many months', () => {
    expect(describeDuration({ amount: 1, unit: 'months' })).toBe('1 month');
    expect(describeDuration({ amount: 14, unit: 'days' })).toBe('14 days');
  });
});
