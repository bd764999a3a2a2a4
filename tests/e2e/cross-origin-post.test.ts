import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { buildFormBody, fetchHiddenFields, regionText } from '@/tests/support/form-post';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// A page on another site that submits our contact form (cross-site request forgery) gets a
// plain 403 and stores nothing; Next alone would answer a bare 500 with a stack trace.
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-cross-origin-'));
let site: SiteServer;
let hidden: Array<[string, string]>;

beforeAll(async () => {
  site = await startSite({ DATA_DIR: dataDir });
  hidden = await fetchHiddenFields(`${site.url}/contact/`, 'message');
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
});

afterAll(async () => {
  await site?.stop();
});

function postContact(origin: string, email: string): Promise<Response> {
  return fetch(`${site.url}/contact/`, {
    method: 'POST',
    headers: { origin },
    body: buildFormBody(hidden, { name: 'Ada Lovelace', email, message: 'Hello' }),
  });
}

function outboxCount(): number {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    return (db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('a form posted from another site', () => {
  it.each(['https://evil.example', 'null'])(
    'is refused with 403 from Origin %s',
    async (origin) => {
      const before = outboxCount();
      const response = await postContact(origin, 'forged@example.com');
      expect(response.status).toBe(403);
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toMatch(/sent from another website, so nothing was saved/);
      expect(site.output()).not.toMatch(/at .*\.js:\d+/);
      expect(outboxCount()).toBe(before);
    },
  );

  it('is accepted from our own origin', async () => {
    const before = outboxCount();
    const response = await postContact(site.url, 'own@example.com');
    expect(response.status).toBe(200);
    expect(regionText(await response.text(), 'status')).toMatch(/thank you/i);
    expect(outboxCount()).toBe(before + 1);
  });
});
