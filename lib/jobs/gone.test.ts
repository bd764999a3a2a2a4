import { afterEach, describe, expect, it, vi } from 'vitest';

import type { Job } from '@/lib/ats/port';

import { getJob } from './index';
import { GONE_CHECK_TIMEOUT_MS, JOB_GONE_HEADER, markClosedJobPage } from './gone';

vi.mock('./index', () => ({ getJob: vi.fn() }));

const closed: Job = {
  id: 4006,
  title: 'Controller',
  descriptionHtml: '<p>Closed.</p>',
  category: null,
  location: { city: 'Boston', state: 'MA', zip: '02110' },
  employmentType: 'Direct Hire',
  publishedAt: new Date('2026-11-01T00:00:00Z'),
  salary: null,
  status: 'closed',
};

afterEach(() => {
  vi.useRealTimers();
  vi.mocked(getJob).mockReset();
});

describe('markClosedJobPage', () => {
  it("marks a closed job's canonical page gone, and drops a visitor's own header", async () => {
    vi.mocked(getJob).mockResolvedValue(closed);
    const headers = new Headers({ [JOB_GONE_HEADER]: '1' });
    expect(await markClosedJobPage('GET', '/jobs/4006-controller/', headers)).toBe(true);
    expect(headers.get(JOB_GONE_HEADER)).toBe('1');

    const forged = new Headers({ [JOB_GONE_HEADER]: '1' });
    vi.mocked(getJob).mockResolvedValue({ ...closed, status: 'open' });
    expect(await markClosedJobPage('GET', '/jobs/4006-controller/', forged)).toBe(false);
    expect(forged.has(JOB_GONE_HEADER)).toBe(false);
  });

  it('stops waiting for a hanging ATS after its short deadline and lets the page answer', async () => {
    vi.useFakeTimers();
    vi.mocked(getJob).mockReturnValue(new Promise(() => undefined));
    const headers = new Headers();
    const answer = markClosedJobPage('GET', '/jobs/4006-controller/', headers);
    await vi.advanceTimersByTimeAsync(GONE_CHECK_TIMEOUT_MS);
    expect(await answer).toBe(false);
    expect(headers.has(JOB_GONE_HEADER)).toBe(false);
  });
});
