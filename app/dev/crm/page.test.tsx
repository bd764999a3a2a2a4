import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The request's client address, as next/headers would give it inside a request.
let clientAddress = '127.0.0.1';
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ 'x-forwarded-for': clientAddress }),
}));

async function loadPage(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return (await import('@/app/dev/crm/page')).default;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('/dev/crm', () => {
  it('lists the local CRM’s records with every value escaped', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dev-crm-'));
    const LocalCrmPage = await loadPage({ DATA_DIR: dataDir, SITE_URL: 'http://localhost:3000' });
    const { getCrm } = await import('@/lib/crm');
    await getCrm().createLead({
      submissionId: 'dev-1',
      firstName: 'José',
      lastName: '<img src=x onerror=alert(1)>',
      email: 'jose@example.com',
      description: '<script>alert("x")</script>',
    });
    await getCrm().subscribeToNewsletter({
      submissionId: 'dev-2',
      email: 'jose@example.com',
      consent: { text: 'Send me <b>news</b>', version: 'v1', givenAt: new Date() },
    });

    const html = renderToStaticMarkup(await LocalCrmPage());

    expect(html).toContain('José &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Send me &lt;b&gt;news&lt;/b&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/<th scope="col"[^>]*>Email opt-out<\/th>/);
  });

  it('is not found when Salesforce is the CRM', async () => {
    const LocalCrmPage = await loadPage({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dev-crm-')),
      SITE_URL: 'http://localhost:3000',
      SALESFORCE_LOGIN_URL: 'http://127.0.0.1:9',
      SALESFORCE_CLIENT_ID: 'id',
      SALESFORCE_CLIENT_SECRET: 'secret',
    });
    await expect(LocalCrmPage()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('is not found for a client on another machine', async () => {
    const LocalCrmPage = await loadPage({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dev-crm-')),
      SITE_URL: 'http://localhost:3000',
    });
    clientAddress = '192.168.1.20';
    try {
      await expect(LocalCrmPage()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    } finally {
      clientAddress = '127.0.0.1';
    }
  });

  it('is not found when the dev pages are off', async () => {
    const LocalCrmPage = await loadPage({
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dev-crm-')),
      SITE_URL: 'https://www.example.com',
    });
    await expect(LocalCrmPage()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
