import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LocalAts } from '@/lib/ats/local/local-ats';
import { seedLocalAts } from '@/lib/ats/local/records';
import { openDatabase } from '@/lib/db';
import { launchBrowser } from '@/tests/support/browser';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// A resume that is not valid UTF-8 and looks like markup: it must come back byte for byte
// and never be rendered.
const RESUME = new Uint8Array([
  ...new TextEncoder().encode('%PDF-1.7\n<script>window.__pwned = 1</script>\n'),
  ...Array.from({ length: 4096 }, (_, index) => (index * 31) % 256),
]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let site: SiteServer;
let browser: Browser;

beforeAll(async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-dev-ats-'));
  const db = openDatabase(path.join(dataDir, 'local-ats.db'));
  seedLocalAts(db);
  const ats = new LocalAts(db);
  const applicant = { firstName: 'José', lastName: 'Núñez', email: 'jose@example.com' };
  const resume = { format: 'pdf' as const, mediaType: 'application/pdf', bytes: RESUME };
  await ats.apply({
    ...applicant,
    submissionId: 'e2e-1',
    jobId: 4001,
    resume: { ...resume, fileName: 'older.pdf' },
  });
  await new Promise((resolve) => setTimeout(resolve, 5));
  await ats.apply({
    ...applicant,
    submissionId: 'e2e-2',
    jobId: 4019,
    resume: { ...resume, fileName: 'Lebenslauf Núñez.pdf' },
  });
  db.close();
  [site, browser] = await Promise.all([startSite({ DATA_DIR: dataDir }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

describe('/dev/ats', () => {
  it('lists the applications newest first and downloads a resume byte for byte', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.goto(`${site.url}/dev/ats/`);
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain(
        'noindex',
      );
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(2);
      expect(await rows.nth(0).textContent()).toContain('4019 Senior Java Developer');
      expect(await rows.nth(0).textContent()).toContain('José Núñez');
      expect(await rows.nth(0).textContent()).toContain(sha256(RESUME));
      expect(await rows.nth(1).textContent()).toContain('older.pdf');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Lebenslauf Núñez.pdf' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('Lebenslauf Núñez.pdf');
      const saved = await download.path();
      expect(sha256(readFileSync(saved))).toBe(sha256(RESUME));
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    } finally {
      await context.close();
    }
  });
});
