import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it, vi } from 'vitest';

async function loadAts(env: Record<string, string>) {
  vi.resetModules();
  vi.stubEnv('DATA_DIR', mkdtempSync(path.join(tmpdir(), 'ats-index-')));
  vi.stubEnv('SITE_URL', 'http://localhost:3000');
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return import('@/lib/ats');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('getAts', () => {
  it('answers the seeded local ATS without BULLHORN_REST_URL, the same one each time', async () => {
    const { getAts } = await loadAts({});
    const { LocalAts } = await import('@/lib/ats/local/local-ats');
    expect(getAts()).toBeInstanceOf(LocalAts);
    expect(getAts()).toBe(getAts());
    expect((await getAts().searchJobs({ start: 0, count: 1 })).total).toBe(31);
  });

  it('answers the Bullhorn adapter with BULLHORN_REST_URL', async () => {
    const { getAts } = await loadAts({
      BULLHORN_REST_URL: 'http://127.0.0.1:9/rest-services/ABC1',
    });
    const { BullhornAts } = await import('@/lib/ats/bullhorn/bullhorn-ats');
    expect(getAts()).toBeInstanceOf(BullhornAts);
  });
});
