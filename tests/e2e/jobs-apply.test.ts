import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { launchBrowser } from '@/tests/support/browser';
import { eventually, waitForMail } from '@/tests/support/dev-backends';
import {
  findOpenJobPath,
  jobIdOf,
  localAtsApplications,
  outboxRows,
} from '@/tests/support/job-application';
import { runAxe } from '@/tests/support/page-audit';
import { paddedPdf, sampleDocx } from '@/tests/support/resume-samples';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// Applying for a job in Chromium, with JavaScript (the upload with its progress bar) and
// without (a multipart post to the server action): the thank-you, the confirmation mail in the
// local mailbox, the application with its resume byte for byte in the local ATS, and an
// outbox that keeps no resume once it has delivered.
let site: SiteServer;
let browser: Browser;
let jobPath: string;
const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-jobs-apply-'));
let nextAddress = 10;

beforeAll(async () => {
  [site, browser] = await Promise.all([
    startSite({ DATA_DIR: dataDir, TRUST_PROXY: 'true' }),
    launchBrowser(),
  ]);
  jobPath = await findOpenJobPath(site.url);
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function newContext(javaScriptEnabled: boolean): Promise<BrowserContext> {
  nextAddress += 1;
  return browser.newContext({
    javaScriptEnabled,
    extraHTTPHeaders: { 'x-forwarded-for': `198.51.100.${nextAddress}` },
  });
}

async function fillApplication(page: Page, email: string, resume: Buffer, fileName: string) {
  await page.getByLabel('First name').fill('José');
  await page.getByLabel('Last name').fill("Núñez O'Brien");
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Resume', { exact: true }).setInputFiles({
    name: fileName,
    mimeType: 'application/octet-stream',
    buffer: resume,
  });
  await page.getByLabel(/Motivation/).fill('Line one\n<b>kept</b> literally');
  await page.getByLabel(/I have read the/).check();
  await page.waitForTimeout(MIN_FILL_MS + 300);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function expectDelivered(email: string, resume: Buffer, fileName: string) {
  const mail = await waitForMail(site.url, email, /received your job application/);
  expect(mail.text).toContain('thank you for applying');
  const application = await eventually(
    async () => localAtsApplications(dataDir).find((entry) => entry.email === email),
    30_000,
  );
  expect(application).toMatchObject({
    jobId: jobIdOf(jobPath),
    firstName: 'José',
    lastName: "Núñez O'Brien",
    motivation: 'Line one\n<b>kept</b> literally',
    resume: { fileName, size: resume.length, sha256: sha256(resume) },
  });
}

describe('applying for a job', () => {
  it('with JavaScript: uploads with a progress bar, thanks in place, delivers', async () => {
    const context = await newContext(true);
    const page = await context.newPage();
    await page.goto(`${site.url}${jobPath}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    expect(await runAxe(page)).toEqual([]);
    const resume = paddedPdf(3 * 1024 * 1024, 1);
    await fillApplication(page, 'js-applicant@example.test', resume, 'José CV.pdf');

    // A slow uplink (about 1 MB/s) so the upload takes a few seconds, as it would for many.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 1024 * 1024,
    });
    const upload = page.waitForRequest((request) => request.url().endsWith('/api/jobs/apply/'));
    await page.getByRole('button', { name: 'Send application' }).click();
    await upload;
    const progress = page.getByRole('progressbar', { name: /Sending your application/ });
    await expect.poll(async () => Number(await progress.getAttribute('value'))).toBeGreaterThan(0);

    await expect
      .poll(() => page.locator('#apply-thanks').textContent(), { timeout: 30_000 })
      .toMatch(/Thank you, your application has reached us/);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
      true,
    );
    await expectDelivered('js-applicant@example.test', resume, 'José CV.pdf');
    await context.close();
  });

  it('without JavaScript: posts the form, and the page comes back with the thanks', async () => {
    const context = await newContext(false);
    const page = await context.newPage();
    await page.goto(`${site.url}${jobPath}`);
    const resume = sampleDocx('Ada Lovelace, without JavaScript');
    await fillApplication(page, 'plain-applicant@example.test', resume, 'resume.pdf');
    await page.getByRole('button', { name: 'Send application' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('#apply-thanks').textContent()).toMatch(/Thank you/);
    expect(await page.locator('#apply-alert').textContent()).toBe('');
    // The bytes say DOCX, so the name gets the DOCX extension whatever it said.
    await expectDelivered('plain-applicant@example.test', resume, 'resume.docx');
    await context.close();
  });

  it('shows field errors announced and linked, and focuses the first one', async () => {
    const context = await newContext(true);
    const page = await context.newPage();
    await page.goto(`${site.url}${jobPath}`, { waitUntil: 'networkidle' });
    await page.getByLabel('First name').fill('Ada');
    await page.waitForTimeout(MIN_FILL_MS + 300);
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect
      .poll(() => page.locator('#apply-alert').textContent())
      .toMatch(/Please correct \d fields/);
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe('apply-lastName');
    const resumeError = await page.evaluate(() => {
      const field = document.getElementById('apply-resume');
      const ids = (field?.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(resumeError).toMatch(/Please choose your resume/);
    await context.close();
  });

  it('with JavaScript: refuses a 6 MB file before uploading it', async () => {
    const context = await newContext(true);
    const page = await context.newPage();
    await page.goto(`${site.url}${jobPath}`, { waitUntil: 'networkidle' });
    let uploads = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/api/jobs/apply/')) uploads += 1;
    });
    await fillApplication(page, 'big@example.test', paddedPdf(6 * 1024 * 1024, 6), 'cv.pdf');
    await page.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => page.locator('#apply-alert').textContent()).toMatch(/correct 1 field/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('apply-resume');
    expect(await page.locator('#apply-resume-error').textContent()).toMatch(/larger than 5 MB/);
    expect(uploads).toBe(0);
    await context.close();
  });

  it('keeps no resume in the outbox once delivered', async () => {
    await eventually(async () => {
      const rows = outboxRows(dataDir);
      return rows.length > 0 && rows.every((row) => row.state === 'delivered') ? rows : undefined;
    }, 30_000);
    const rows = outboxRows(dataDir);
    expect(rows.filter((row) => row.kind === 'job-application')).toHaveLength(2);
    expect(rows.filter((row) => row.kind === 'job-application-mail')).toHaveLength(2);
    expect(rows.every((row) => row.hasPayload === 0)).toBe(true);
  });
});
