/**
 * `npm run bench`: builds the site with the bench pages into .next-bench, serves it with
 * `next start` and the same bytes from a raw node:http server, loads both with autocannon on
 * loopback, sizes first-load JavaScript and reads memory. Prints a report, writes
 * bench/results/latest.json and latest.md. Options: --duration <s per page and connection
 * count> (8), --rounds <interleaved segments the duration is split into> (4), --keep-build.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { findFreePort } from './child';
import { exportsBeyond, measureFirstLoadJs, scriptsBeyond } from './first-load-js';
import { runLoad, runSegment, summarizeSegments, type LoadSegment } from './load';
import { readLoadAverage, readMachineConditions } from './machine';
import { buildBenchSite, removeBenchBuild, startNextServer, type NextServer } from './next-server';
import { readProcessTreeMemory } from './process-memory';
import { checkProductionBuild } from './production-build-check';
import { startRawServer, type RecordedPage } from './raw-server';
import { formatReport } from './report';
import type { BenchResults, JsRow, LoadRow } from './results';
import { EMPTY_PATH, JS_ROUTES, LOAD_ROUTES, POST_PATH, STATIC_PATH } from './routes';
import {
  nextBodyChars,
  readStoredBodyChars,
  writeStaticBody,
  type SizeSample,
} from './static-body';
import { ERRORS_TARGET, judgeTargets } from './targets';

const CONNECTIONS = [10, 50] as const;
const WARM_SECONDS = 2;
const SIZE_TOLERANCE = 0.03;
const MAX_BUILDS = 3;
const WORK_DIR = path.join(process.cwd(), 'var', 'bench');
const RESULTS_DIR = path.join(process.cwd(), 'bench', 'results');

function step(message: string): void {
  console.log(`[bench] ${message}`);
}

async function fetchPage(baseUrl: string, pagePath: string): Promise<RecordedPage> {
  // Identity, as autocannon asks: Next gzips only when the client accepts it.
  const response = await fetch(baseUrl + pagePath, {
    redirect: 'manual',
    headers: { 'accept-encoding': 'identity' },
  });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
  return { path: pagePath, body, headers: Object.fromEntries(response.headers) };
}

/** Builds and starts Next until the static page is within SIZE_TOLERANCE of the post. */
async function startSizedNext(): Promise<{ next: NextServer; samples: SizeSample[] }> {
  const samples: SizeSample[] = [];
  let bodyChars = readStoredBodyChars(6000);
  for (let build = 1; ; build += 1) {
    writeStaticBody(bodyChars);
    step(`building into .next-bench (static body ${bodyChars} chars; log var/bench/build.log)`);
    await buildBenchSite(path.join(WORK_DIR, 'build.log'));
    const next = await startNextServer(await findFreePort(), path.join(WORK_DIR, 'next.log'));
    const post = (await fetchPage(next.baseUrl, POST_PATH)).body.length;
    const page = (await fetchPage(next.baseUrl, STATIC_PATH)).body.length;
    samples.push({ bodyChars, pageBytes: page });
    step(`static page ${page} B, post ${post} B`);
    if (Math.abs(page - post) / post <= SIZE_TOLERANCE || build === MAX_BUILDS) {
      return { next, samples };
    }
    await next.stop();
    bodyChars = nextBodyChars(samples, post);
  }
}

async function warm(urls: readonly string[]): Promise<void> {
  for (const url of urls) {
    for (let i = 0; i < 3; i += 1) await (await fetch(url)).arrayBuffer();
    await runLoad(url, 10, WARM_SECONDS);
  }
}

async function measureJs(baseUrl: string) {
  const emptyJs = await measureFirstLoadJs(baseUrl, EMPTY_PATH);
  const js: JsRow[] = [];
  for (const route of JS_ROUTES) {
    const page = await measureFirstLoadJs(baseUrl, route.path);
    js.push({
      route,
      js: page,
      scriptsBeyondEmpty: scriptsBeyond(page, emptyJs),
      exportsBeyondEmpty: exportsBeyond(page, emptyJs),
    });
  }
  return { emptyJs, js };
}

/**
 * Every page at every connection count, in `rounds` interleaved segments: other work on the
 * shared machine then slows all pages alike instead of whichever page ran at that moment.
 */
async function loadAll(nextBase: string, rawBase: string, duration: number, rounds: number) {
  const cacheOf = new Map<string, string | null>();
  for (const route of LOAD_ROUTES) {
    const response = await fetch(nextBase + route.path);
    await response.arrayBuffer();
    cacheOf.set(route.path, response.headers.get('x-nextjs-cache'));
  }
  const load: LoadRow[] = [];
  for (const connections of CONNECTIONS) {
    const segments = new Map<string, LoadSegment[]>();
    for (let round = 1; round <= rounds; round += 1) {
      step(`${connections} connections, round ${round} of ${rounds}`);
      for (const url of LOAD_ROUTES.flatMap((r) => [nextBase + r.path, rawBase + r.path])) {
        const segment = await runSegment(url, connections, duration / rounds);
        segments.set(url, [...(segments.get(url) ?? []), segment]);
      }
    }
    for (const route of LOAD_ROUTES) {
      const next = summarizeSegments(segments.get(nextBase + route.path) ?? []);
      const raw = summarizeSegments(segments.get(rawBase + route.path) ?? []);
      load.push({ route, connections, cache: cacheOf.get(route.path) ?? null, next, raw });
    }
  }
  return load;
}

async function measure(
  next: NextServer,
  samples: SizeSample[],
  duration: number,
  rounds: number,
): Promise<Omit<BenchResults, 'machine' | 'productionBuildCheck'>> {
  const pages = await Promise.all(LOAD_ROUTES.map((route) => fetchPage(next.baseUrl, route.path)));
  const raw = await startRawServer(pages, WORK_DIR);
  try {
    const urls = LOAD_ROUTES.flatMap((r) => [next.baseUrl + r.path, raw.baseUrl + r.path]);
    step(`warming ${urls.length} URLs`);
    await warm(urls);
    const { emptyJs, js } = await measureJs(next.baseUrl);
    const nextAfterWarm = readProcessTreeMemory(next.pid);
    const load = await loadAll(next.baseUrl, raw.baseUrl, duration, rounds);
    const sizeOf = (pagePath: string) => pages.find((p) => p.path === pagePath)?.body.length ?? 0;
    return {
      loadAverageAtEnd: readLoadAverage(),
      durationSeconds: duration,
      rounds,
      staticSizing: { samples, postBytes: sizeOf(POST_PATH), staticBytes: sizeOf(STATIC_PATH) },
      load,
      emptyJs,
      js,
      memory: {
        nextAfterWarm,
        nextAfterRun: readProcessTreeMemory(next.pid),
        raw: readProcessTreeMemory(raw.pid),
      },
      targets: judgeTargets(load, js),
    };
  } finally {
    await raw.stop();
  }
}

function writeResults(results: BenchResults): void {
  const report = formatReport(results);
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, 'latest.json'), JSON.stringify(results, null, 2));
  writeFileSync(path.join(RESULTS_DIR, 'latest.md'), report + '\n');
  console.log(`\n${report}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '8' },
      rounds: { type: 'string', default: '4' },
      'keep-build': { type: 'boolean' },
    },
  });
  const duration = Number(values.duration);
  const rounds = Number(values.rounds);
  if (!(duration > 0)) throw new Error('--duration must be a positive number of seconds');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a whole number');
  const machine = readMachineConditions();
  step(`load average at start: ${machine.loadAverage.join(' ')} on ${machine.cpus} CPUs`);
  if (machine.loadAverage[0] > machine.cpus / 2) {
    step('warning: the machine is busy with other work; every number below will be lower');
  }
  const productionBuildCheck = checkProductionBuild(process.cwd());

  const { next, samples } = await startSizedNext();
  try {
    const results = {
      machine,
      productionBuildCheck,
      ...(await measure(next, samples, duration, rounds)),
    };
    writeResults(results);
    return results.targets.every((t) => t.target !== ERRORS_TARGET || t.isMet) ? 0 : 1;
  } finally {
    await next.stop();
    if (!values['keep-build']) removeBenchBuild();
  }
}

process.exitCode = await main();
