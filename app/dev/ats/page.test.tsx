import { createHash } from 'node:crypto';
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

const RESUME = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x3c, 0x73, 0x3e]);

async function load(env: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  const page = (await import('@/app/dev/ats/page')).default;
  const route = await import('@/app/dev/ats/resume/[id]/route');
  const download = (id: string) =>
    route.GET(new Request('http://localhost/'), { params: Promise.resolve({ id }) });
  return { page, download };
}

const localEnv = () => ({
  DATA_DIR: mkdtempSync(path.join(tmpdir(), 'dev-ats-')),
  SITE_URL: 'http://localhost:3000',
});

afterEach(() => {
  vi.unstubAllEnvs();
  clientAddress = '127.0.0.1';
});

describe('/dev/ats', () => {
  it('lists applications newest first, escaped, with the resume’s size and SHA-256', async () => {
    const { page } = await load(localEnv());
    const { getAts } = await import('@/lib/ats');
    const base = { firstName: 'José', email: 'jose@example.com', jobId: 4001 };
    const resume = {
      fileName: '<b>cv</b>.pdf',
      format: 'pdf' as const,
      mediaType: 'application/pdf',
      bytes: RESUME,
    };
    await getAts().apply({ ...base, submissionId: 'a-1', lastName: 'First', resume });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await getAts().apply({
      ...base,
      submissionId: 'a-2',
      jobId: 4002,
      lastName: '<img src=x onerror=alert(1)>',
      motivation: '<script>x</script>',
      resume,
    });

    const html = renderToStaticMarkup(await page());

    expect(html).toContain('José &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;cv&lt;/b&gt;.pdf');
    expect(html).not.toContain('<script>');
    expect(html).toContain(createHash('sha256').update(RESUME).digest('hex'));
    expect(html.indexOf('Payroll Specialist')).toBeLessThan(html.indexOf('Senior Accountant'));
  });

  it('downloads a resume byte for byte as an attachment', async () => {
    const { download } = await load(localEnv());
    const { getAts } = await import('@/lib/ats');
    const { listLocalApplications } = await import('@/lib/ats/local/records');
    await getAts().apply({
      submissionId: 'd-1',
      jobId: 4001,
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      resume: {
        fileName: 'Lebenslauf "Ä".pdf',
        format: 'pdf',
        mediaType: 'text/html',
        bytes: RESUME,
      },
    });
    const [application] = listLocalApplications();

    const response = await download(String(application?.id));

    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(RESUME);
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Lebenslauf ___.pdf"; filename*=UTF-8''Lebenslauf%20%22%C3%84%22.pdf`,
    );
    expect((await download('999')).status).toBe(404);
    expect((await download('1; drop')).status).toBe(404);
  });

  it('is not found for a client on another machine, page and download alike', async () => {
    const { page, download } = await load(localEnv());
    clientAddress = '192.168.1.20';
    await expect(page()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect((await download('1')).status).toBe(404);
  });

  it('is not found when Bullhorn is the ATS', async () => {
    const { page } = await load({
      ...localEnv(),
      BULLHORN_REST_URL: 'http://127.0.0.1:9/rest-services/X1',
    });
    await expect(page()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('is not found when the dev pages are off', async () => {
    const { page } = await load({ ...localEnv(), SITE_URL: 'https://www.example.com' });
    await expect(page()).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
