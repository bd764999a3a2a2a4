import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { startSite } from '@/tests/support/site-server';

describe('start-up', () => {
  it('logs which backend each port uses', async () => {
    const site = await startSite({ LOG_LEVEL: 'info' });
    try {
      expect(site.output()).toMatch(
        /"backends":\{"content":"export content\/demo\.wordpress\.xml"/,
      );
      expect(site.output()).toContain('"event":"portico.started"');
    } finally {
      await site.stop();
    }
  });

  it('refuses to start half-configured and names the missing variable', async () => {
    await expect(startSite({ WORDPRESS_AUTH_USER: 'site' })).rejects.toThrow(
      /WORDPRESS_AUTH_USER is set but WORDPRESS_GRAPHQL_URL is missing/,
    );
  });

  it.each([
    [{ SMTP_URL: 'notaurl', MAIL_FROM: 'hello@example.com' }, /SMTP_URL: must be an smtp/],
    [{ SALESFORCE_CLIENT_ID: 'client' }, /SALESFORCE_CLIENT_ID is set but SALESFORCE_LOGIN_URL/],
  ])('stops for a malformed or partial outside service (%j)', async (env, message) => {
    await expect(startSite(env)).rejects.toThrow(message);
  });

  it('stops when its local stores cannot be opened, instead of answering errors', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-bad-store-'));
    // A directory where the outbox's database file should be.
    mkdirSync(path.join(dataDir, 'portico.db'));
    await expect(startSite({ DATA_DIR: dataDir })).rejects.toThrow(/portico\.start_failed/);
  });

  it('names the export file and the place where it broke', async () => {
    const broken = path.join(tmpdir(), `portico-broken-${process.pid}.xml`);
    writeFileSync(
      broken,
      '<?xml version="1.0"?>\n<rss><channel><title>x</title>\n<item><title>cut',
    );
    const site = await startSite({ WORDPRESS_EXPORT_FILE: broken });
    try {
      expect(site.output()).toContain(`${broken}:3:`);
      expect(site.output()).toContain('content.export_unreadable');
      const page = await fetch(`${site.url}/`);
      expect(page.status).toBe(500);
    } finally {
      await site.stop();
    }
  });
});
