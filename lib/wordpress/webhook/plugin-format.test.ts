import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readPreviewId } from '../preview/preview-secret';
import { affectedTags } from './affected-tags';
import { createReplayGuard } from './replay-guard';
import { verifyWebhookRequest } from './verify-request';

// The WordPress plugin (wordpress/portico-headless.php) held to the site's verifier: PHP signs
// the shared vectors, and a request built by the plugin's own functions passes verification.
const PLUGIN_DIR = path.resolve(import.meta.dirname, '../../../wordpress');
const hasPhp = spawnSync('php', ['--version']).status === 0;
if (!hasPhp) console.warn('php is not installed: the WordPress plugin tests are skipped');

function php(...args: string[]) {
  return spawnSync('php', args, { cwd: PLUGIN_DIR, encoding: 'utf8' });
}

describe.skipIf(!hasPhp)('WordPress plugin (needs php; scripts/test.sh installs php-cli)', () => {
  it('passes php -l', () => {
    for (const file of ['portico-headless.php', 'tests/signature-test.php']) {
      const result = php('-l', file);
      expect(result.stdout + result.stderr).toContain('No syntax errors');
      expect(result.status).toBe(0);
    }
  });

  it('signs every shared vector as the site does', () => {
    const result = php('tests/signature-test.php');
    expect(result.stdout).not.toContain('not ok');
    expect(result.stdout).toMatch(/^1\.\.\d+/);
    expect(result.status).toBe(0);
  });

  it('builds a request that the site verifies, naming the tags the change touched', () => {
    const secret = 'plugin-format-test-secret-0123456789abcdef';
    const now = Date.now();
    const timestamp = String(Math.floor(now / 1000));
    const result = php(
      'tests/signature-test.php',
      '--emit',
      secret,
      timestamp,
      'https://www.example.com',
      'preview-secret-0123',
    );
    expect(result.status).toBe(0);
    const emitted = JSON.parse(result.stdout) as {
      body: string;
      headers: Record<string, string>;
      previewLink: string;
    };

    const verdict = verifyWebhookRequest(
      { headers: new Headers(emitted.headers), rawBody: emitted.body },
      { secret, replayGuard: createReplayGuard(), nowMs: now },
    );
    if (!verdict.ok) throw new Error(`refused: ${verdict.reason}`);
    expect(affectedTags(verdict.payload).sort()).toEqual(
      [
        'wp:sitemap',
        'wp:uri:/',
        'wp:uri:/2025/01/hello/',
        'wp:uri:/2025/01/old-slug/',
        'wp:uri:/author/ada/',
        'wp:uri:/blog/',
        'wp:uri:/category/news/',
      ].sort(),
    );

    const link = new URL(emitted.previewLink);
    expect(link.origin + link.pathname).toBe('https://www.example.com/api/preview/');
    expect(link.searchParams.get('secret')).toBe('preview-secret-0123');
    expect(readPreviewId(link.searchParams)).toBe(42);
  });
});
