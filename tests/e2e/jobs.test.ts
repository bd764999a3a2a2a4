import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { toKeywordTerms, toSearchText } from '@/lib/ats/keyword';
import { addGeneratedLocalJobs, seedLocalAts } from '@/lib/ats/local/records';
import { generateLocalJobs, SEED_JOBS, type LocalJobInput } from '@/lib/ats/local/seed-jobs';
import { openDatabase } from '@/lib/db';
import { JOBS_PER_PAGE } from '@/lib/jobs/list-query';
import { toJobPath } from '@/lib/jobs/slug';
import { launchBrowser } from '@/tests/support/browser';
import { spawnFakeBullhorn, type FakeBullhornProcess } from '@/tests/support/fake-bullhorn-control';
import { validateJobPosting } from '@/tests/support/job-posting-check';
import { runAxe } from '@/tests/support/page-audit';
import { startSite, type SiteServer } from '@/tests/support/site-server';

// The job board as a visitor meets it, on the local ATS: its hand-written seed plus generated
// openings, so that a filter has more than one page. Expectations are computed from the same
// inputs, never copied from the page.
const GENERATED = 150;
const allJobs: LocalJobInput[] = [...SEED_JOBS, ...generateLocalJobs(GENERATED)];
const isListed = (job: LocalJobInput) =>
  job.isOpen !== false && job.isPublic !== false && job.isDeleted !== true;
const listed = allJobs.filter(isListed);
const closed = allJobs.filter((job) => job.isOpen === false && job.isPublic !== false);
const newestFirst = (a: LocalJobInput, b: LocalJobInput) =>
  b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id;

let site: SiteServer;
let dataDir: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'portico-jobs-'));
  const db = openDatabase(path.join(dataDir, 'local-ats.db'));
  seedLocalAts(db);
  addGeneratedLocalJobs(GENERATED, { db });
  db.close();
  [site, browser] = await Promise.all([startSite({ DATA_DIR: dataDir }), launchBrowser()]);
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

async function open(path: string, visitor: BrowserContext = context): Promise<Page> {
  const page = await visitor.newPage();
  await page.goto(`${site.url}${path}`);
  return page;
}

/** The titles of the listed jobs, in order. */
function listedTitles(page: Page): Promise<string[]> {
  return page.locator('main ol > li h3').allInnerTexts();
}

function resultsHeading(page: Page): Promise<string> {
  return page.locator('#jobs-results-heading').innerText();
}

describe('the job list', () => {
  it('shows the newest open jobs first, with the count, and no closed job', async () => {
    const page = await open('/jobs/');
    expect(await resultsHeading(page)).toBe(`${listed.length} open jobs`);
    const expected = [...listed].sort(newestFirst).slice(0, JOBS_PER_PAGE);
    expect(await listedTitles(page)).toEqual(expected.map((job) => job.title));
    const text = await page.locator('main').innerText();
    for (const job of closed) expect(text).not.toContain(job.title);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('filters by category and employment type through the form', async () => {
    const sample = listed.find((job) => job.category && job.employmentType === 'Contract');
    if (!sample?.category) throw new Error('the seed has no Contract job with a category');
    const category = sample.category;
    const matches = listed.filter(
      (job) => job.category?.id === category.id && job.employmentType === 'Contract',
    );
    const page = await open('/jobs/');
    await page.getByLabel('Category').selectOption(String(category.id));
    await page.getByLabel('Employment type').selectOption('Contract');
    await page.getByRole('button', { name: 'Show jobs' }).click();
    await page.waitForURL(/category=/);

    const url = new URL(page.url());
    expect(url.searchParams.get('category')).toBe(String(category.id));
    expect(url.searchParams.get('type')).toBe('Contract');
    expect(await resultsHeading(page)).toBe(
      `${matches.length} matching ${matches.length === 1 ? 'job' : 'jobs'}`,
    );
    const shown = await listedTitles(page);
    expect(shown).toEqual(
      [...matches]
        .sort(newestFirst)
        .slice(0, JOBS_PER_PAGE)
        .map((job) => job.title),
    );
    // The form shows the filters it applied.
    await expect(page.getByLabel('Employment type').inputValue()).resolves.toBe('Contract');
    await page.close();
  });

  it('filters by location without JavaScript, through the plain GET form', async () => {
    const visitor = await browser.newContext({ javaScriptEnabled: false });
    try {
      const city = 'Providence';
      const matches = listed.filter((job) => job.location.city === city);
      expect(matches.length).toBeGreaterThan(0);
      const page = await open('/jobs/', visitor);
      await page.getByLabel('Location').selectOption(city);
      await Promise.all([
        page.waitForURL(/city=Providence/),
        page.getByRole('button', { name: 'Show jobs' }).click(),
      ]);
      expect(await resultsHeading(page)).toBe(`${matches.length} matching jobs`);
      const text = await page.locator('main ol').innerText();
      expect(text.match(/Providence, RI/g)?.length).toBe(Math.min(matches.length, JOBS_PER_PAGE));
    } finally {
      await visitor.close();
    }
  });

  it('searches by keyword as the ATS does: every word a word prefix', async () => {
    const keyword = 'nurs';
    const terms = toKeywordTerms(keyword);
    const matches = listed.filter((job) => {
      const words = ` ${toSearchText(job.title, job.descriptionHtml)}`;
      return terms.every((term) => words.includes(` ${term}`));
    });
    expect(matches.length).toBeGreaterThan(0);
    const page = await open('/jobs/');
    await page.getByLabel('Keyword').fill(keyword);
    await page.getByLabel('Keyword').press('Enter');
    await page.waitForURL(/q=nurs/);
    expect(await listedTitles(page)).toEqual(
      [...matches]
        .sort(newestFirst)
        .slice(0, JOBS_PER_PAGE)
        .map((job) => job.title),
    );
    await page.close();
  });

  it('pages through a filtered list with the filters kept in every link', async () => {
    const type = 'Part Time';
    const matches = [...listed.filter((job) => job.employmentType === type)].sort(newestFirst);
    expect(matches.length).toBeGreaterThan(JOBS_PER_PAGE);
    const page = await open(`/jobs/?type=${encodeURIComponent(type)}`);
    expect(await listedTitles(page)).toEqual(
      matches.slice(0, JOBS_PER_PAGE).map((job) => job.title),
    );
    const pages = page.getByRole('navigation', { name: 'Pages of jobs' });
    for (const href of await pages
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(new URL(href, site.url).searchParams.get('type')).toBe(type);
    }
    await pages.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/page=2/);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    expect(await listedTitles(page)).toEqual(
      matches.slice(JOBS_PER_PAGE, 2 * JOBS_PER_PAGE).map((job) => job.title),
    );
    await expect(pages.locator('[aria-current="page"]').innerText()).resolves.toMatch(/2$/);
    await page.close();
  });

  it('shows an empty state with a way back when nothing matches', async () => {
    const page = await open('/jobs/?q=zzzyxnotaword');
    expect(await resultsHeading(page)).toBe('0 matching jobs');
    await page.getByRole('link', { name: 'Clear the filters and show all jobs' }).click();
    await page.waitForURL((url) => url.pathname === '/jobs/' && url.search === '');
    expect(await resultsHeading(page)).toBe(`${listed.length} open jobs`);
    await page.close();
  });

  it('ignores bad query values with a note, never an error page', async () => {
    for (const query of [
      '?page=abc&city=Boston',
      '?page=0',
      '?page=999999999',
      '?category=1%3B%20DROP%20TABLE',
      `?q=${'x'.repeat(500)}`,
      '?type=%00',
      '?page=9000',
      '?city=a&city=b',
    ]) {
      const response = await fetch(`${site.url}/jobs/${query}`);
      expect(response.status, query).toBe(200);
      const html = await response.text();
      const hasNote = /could not be used and (was|were) ignored|There is no page/.test(html);
      expect(hasNote, `${query} shows a note`).toBe(true);
    }
    const page = await open('/jobs/?page=abc&city=Boston');
    expect(await page.locator('main').getByRole('alert').innerText()).toContain('page number');
    expect(await resultsHeading(page)).toBe(
      `${listed.filter((job) => job.location.city === 'Boston').length} matching jobs`,
    );
    await page.close();
  });
});

describe('a job page', () => {
  const job = [...listed].sort(newestFirst)[0]!;

  it('opens from the list with its title, facts, description and apply form', async () => {
    const page = await open('/jobs/');
    await page.getByRole('link', { name: job.title, exact: true }).click();
    await page.waitForURL((url) => url.pathname === toJobPath(job));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(job.title);
    const facts = await page.locator('main dl').first().innerText();
    expect(facts).toContain(job.employmentType);
    expect(await page.title()).toContain(job.title);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${site.url}${toJobPath(job)}`);
    await expect(page.locator('form#apply, #apply form').count()).resolves.toBe(1);
    expect(await runAxe(page)).toEqual([]);
    await page.close();
  });

  it('carries a valid JobPosting in JSON-LD that matches the page', async () => {
    const page = await open(toJobPath(job));
    const blocks = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    expect(blocks).toHaveLength(1);
    const posting = JSON.parse(blocks[0]!) as Record<string, unknown>;
    expect(validateJobPosting(posting)).toEqual([]);
    expect(posting.title).toBe(job.title);
    expect(posting.datePosted).toBe(job.publishedAt.toISOString());
    expect(posting.url).toBe(`${site.url}${toJobPath(job)}`);
    await page.close();
  });

  it('redirects a wrong or missing slug to the right one with 308', async () => {
    for (const wrong of [`/jobs/${job.id}/`, `/jobs/${job.id}-old-title/`]) {
      const response = await fetch(`${site.url}${wrong}`, { redirect: 'manual' });
      expect(response.status, wrong).toBe(308);
      expect(new URL(response.headers.get('location') ?? '', site.url).pathname).toBe(
        toJobPath(job),
      );
    }
    const page = await open(`/jobs/${job.id}-old-title/`);
    expect(new URL(page.url()).pathname).toBe(toJobPath(job));
    await page.close();
  });

  it('answers 404 for an id the ATS never had', async () => {
    for (const unknown of ['/jobs/999999999-nothing/', '/jobs/not-a-job/', '/jobs/0-zero/']) {
      const response = await fetch(`${site.url}${unknown}`);
      expect(response.status, unknown).toBe(404);
    }
  });

  it('answers 410 for a closed job, with a link to the list and no structured data', async () => {
    const gone = closed[0]!;
    const response = await fetch(`${site.url}${toJobPath(gone)}`);
    expect(response.status).toBe(410);
    expect(await response.text()).not.toContain('application/ld+json');

    const page = await context.newPage();
    const answer = await page.goto(`${site.url}${toJobPath(gone)}`);
    expect(answer?.status()).toBe(410);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(gone.title);
    expect(await runAxe(page)).toEqual([]);
    await page.getByRole('link', { name: 'See all open jobs' }).click();
    await page.waitForURL((url) => url.pathname === '/jobs/');
    expect(await resultsHeading(page)).toBe(`${listed.length} open jobs`);
    await page.close();
  });
});

describe('the sitemap', () => {
  it('lists the board and every open job, and no closed one', async () => {
    const xml = await (await fetch(`${site.url}/sitemap.xml`)).text();
    const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)]
      .map((match) => new URL(match[1] ?? '').pathname)
      .filter((pathname) => pathname.startsWith('/jobs/'));
    expect(new Set(paths)).toEqual(new Set(['/jobs/', ...listed.map(toJobPath)]));
    expect(paths).toHaveLength(listed.length + 1);
  });
});

describe('a job closed while its page is cached', () => {
  const [spoofedJob, closingJob] = [...listed].sort(newestFirst).slice(-2);

  it('ignores a visitor sending the proxy header', async () => {
    const response = await fetch(`${site.url}${toJobPath(spoofedJob!)}`, {
      headers: { 'x-portico-job-gone': '1' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('application/ld+json');
  });

  // The proxy and the page keep separate cache entries (they are separate bundles); the
  // page takes the proxy's word, so the two can never disagree in one answer.
  it('never shows an open job under a 410', async () => {
    const url = `${site.url}${toJobPath(closingJob!)}`;
    // A form post renders the page without the proxy looking the job up: only the page's own
    // cache entry holds it, as open.
    const posted = await fetch(url, {
      method: 'POST',
      headers: { origin: site.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'nothing=1',
    });
    expect(posted.status).toBe(200);
    expect(await posted.text()).toContain('application/ld+json');

    const db = openDatabase(path.join(dataDir, 'local-ats.db'));
    db.prepare('UPDATE ats_jobs SET is_open = 0 WHERE id = ?').run(closingJob!.id);
    db.close();
    const page = await context.newPage();
    try {
      const answer = await page.goto(url);
      expect(answer?.status()).toBe(410);
      await expect(page.getByText('This job is closed').count()).resolves.toBe(1);
      await expect(page.locator('script[type="application/ld+json"]').count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  });
});

// The same pages on the Bullhorn adapter, against the fake career portal (its 36 seed jobs),
// and what a visitor meets while Bullhorn is down.
describe('the job board on Bullhorn', () => {
  const seedListed = SEED_JOBS.filter(isListed);
  let bullhorn: FakeBullhornProcess;
  let bullhornSite: SiteServer;

  beforeAll(async () => {
    bullhorn = await spawnFakeBullhorn();
    bullhornSite = await startSite({ ...bullhorn.env, BULLHORN_TIMEOUT_MS: '2000' });
  });

  afterAll(async () => {
    await bullhornSite?.stop();
    await bullhorn?.stop();
  });

  const get = async (pagePath: string) => {
    const response = await fetch(`${bullhornSite.url}${pagePath}`);
    return { status: response.status, html: await response.text() };
  };

  it('lists the open jobs and answers a closed one with 410', async () => {
    const list = await get('/jobs/');
    expect(list.status).toBe(200);
    expect(list.html).toContain(`${seedListed.length} open jobs`);
    const gone = SEED_JOBS.find((job) => job.isOpen === false)!;
    expect((await get(toJobPath(gone))).status).toBe(410);
  });

  it('keeps serving cached answers while Bullhorn is down, and says so for the rest', async () => {
    const cachedJob = [...seedListed].sort(newestFirst)[0]!;
    const uncachedJob = [...seedListed].sort(newestFirst)[1]!;
    expect((await get(toJobPath(cachedJob))).status).toBe(200);

    await bullhorn.injectFault({ fault: 'unavailable' });
    try {
      const cachedList = await get('/jobs/');
      expect(cachedList.status).toBe(200);
      expect(cachedList.html).toContain(`${seedListed.length} open jobs`);
      expect((await get(toJobPath(cachedJob))).status).toBe(200);

      for (const pagePath of ['/jobs/?q=uncached', toJobPath(uncachedJob)]) {
        const down = await get(pagePath);
        expect(down.status, pagePath).toBe(200);
        expect(down.html, pagePath).toContain('not available right now');
      }
    } finally {
      await bullhorn.clearFaults();
    }
    const back = await get('/jobs/?q=uncached');
    expect(back.html).toContain('0 matching jobs');
    expect((await get(toJobPath(uncachedJob))).html).toContain(uncachedJob.title);
  });
});
