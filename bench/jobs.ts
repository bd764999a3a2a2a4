/**
 * Job board benchmark (issue 5): the job list with 2,000 openings in the local ATS, at 50
 * connections, unfiltered and filtered, in three cache states: served from the data cache,
 * with the cache refreshed every second (each answer is at most a second old, so the ATS is
 * asked again all through the run), and cold (the first seconds of a fresh server).
 * Runs against a production build (PORTICO_DIST_DIR, default .next).
 * `npm run bench:jobs`. Options: --seconds <per run> (10), --connections (50).
 * @module
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { addGeneratedLocalJobs, seedLocalAts } from '@/lib/ats/local/records';
import { openDatabase } from '@/lib/db';
import { startSite, type SiteServer } from '@/tests/support/site-server';

import { runLoad, type LoadResult } from './load';
import { readMachineConditions } from './machine';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
  },
});
const SECONDS = Number(options.seconds);
const CONNECTIONS = Number(options.connections);
const JOBS = 2000;

const PAGES = [
  { name: '/jobs/', path: '/jobs/' },
  { name: '/jobs/ filtered, page 2', path: '/jobs/?category=2000014&type=Contract&page=2' },
  { name: '/jobs/ keyword', path: '/jobs/?q=technician' },
];

const REFERENCE = { name: 'WordPress page /about/ (yardstick)', path: '/about/' };

/** A data directory whose local ATS holds the seed and `JOBS` generated openings. */
function seededDataDir(): string {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-bench-jobs-'));
  const db = openDatabase(path.join(dataDir, 'local-ats.db'));
  seedLocalAts(db);
  addGeneratedLocalJobs(JOBS, { db });
  const { n } = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM ats_jobs').get() ?? {
    n: 0,
  };
  db.close();
  if (n < JOBS) throw new Error(`the local ATS holds ${n} jobs, not ${JOBS}`);
  return dataDir;
}

async function expectOk(site: SiteServer, pagePath: string): Promise<void> {
  const response = await fetch(`${site.url}${pagePath}`);
  await response.text();
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
}

async function withSite<T>(
  env: Record<string, string>,
  run: (site: SiteServer) => Promise<T>,
): Promise<T> {
  const site = await startSite({ DATA_DIR: seededDataDir(), LOG_LEVEL: 'warn', ...env });
  try {
    return await run(site);
  } finally {
    await site.stop();
  }
}

interface Row extends LoadResult {
  state: string;
  page: string;
}

const rows: Row[] = [];

async function measure(site: SiteServer, state: string, seconds = SECONDS): Promise<void> {
  for (const page of PAGES) {
    const result = await runLoad(`${site.url}${page.path}`, CONNECTIONS, seconds);
    rows.push({ ...result, state, page: page.name });
  }
}

// Cold: a fresh server, its code warmed on another page, the job data never asked for.
await withSite({}, async (site) => {
  await expectOk(site, '/contact/');
  for (const page of PAGES) {
    const result = await runLoad(`${site.url}${page.path}`, CONNECTIONS, 3);
    rows.push({ ...result, state: 'cold start (first 3 s)', page: page.name });
  }
});

// Cached: every answer in the data cache (JOBS_REVALIDATE_SECONDS 300, the default). A
// WordPress page in the same state is the yardstick: the machine is shared, so ratios to it
// say more than the raw figures.
await withSite({}, async (site) => {
  for (const page of [...PAGES, REFERENCE]) await expectOk(site, page.path);
  await measure(site, 'cached');
  const reference = await runLoad(`${site.url}${REFERENCE.path}`, CONNECTIONS, SECONDS);
  rows.push({ ...reference, state: 'cached', page: REFERENCE.name });
});

// Revalidating: answers older than a second are refreshed from the ATS in the background.
await withSite({ JOBS_REVALIDATE_SECONDS: '1' }, async (site) => {
  for (const page of PAGES) await expectOk(site, page.path);
  await measure(site, 'refreshed every second');
});

const machine = readMachineConditions();
const table = rows.map(
  (r) =>
    `| ${r.state} | ${r.page} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ` +
    `${r.p99Ms.toFixed(1)} | ${r.maxMs.toFixed(1)} | ${r.non2xx + r.errors + r.timeouts} |`,
);
console.log(
  [
    `${machine.date}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryAvailableMb} of ` +
      `${machine.memoryTotalMb} MB free, Node ${machine.node}, Next ${machine.next}, autocannon ` +
      `${machine.autocannon}, load average ` +
      machine.loadAverage.map((value) => value.toFixed(2)).join(' '),
    '',
    `| state | page (${JOBS} jobs + seed) | requests/s | p50 ms | p99 ms | max ms | failed |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...table,
    '',
    `${CONNECTIONS} connections, ${SECONDS} s per page (cold: 3 s).`,
  ].join('\n'),
);
