/**
 * /account benchmark (issue 6): GET /account for a customer with 500 orders, the site on the
 * Salesforce adapter against the fake Salesforce (its own process) answering every API call
 * after 100 ms, at 20 connections; once with the per-customer cache (CUSTOMER_CACHE_SECONDS
 * 60) and once without (0); and at one connection, for the latency the CRM sets. Runs a
 * production build (PORTICO_DIST_DIR, default .next). The session is minted through the accounts' own Auth.js adapter, as a completed sign-in
 * leaves it. `npm run bench:account`. Options: --seconds (15), --connections (20),
 * --orders (500), --latency <ms per CRM answer> (100), --rounds (2): the two modes take turns,
 * so that a busy spell of the machine does not fall on one mode only.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { createSqliteAdapter } from '@/lib/auth/adapter';
import { makeSampleOrders } from '@/lib/crm/sample-orders';
import { openDatabase } from '@/lib/db';
import { spawnFakeSalesforce } from '@/tests/support/fake-salesforce-control';
import { startSite } from '@/tests/support/site-server';

import { runSegment, summarizeSegments, type LoadResult, type LoadSegment } from './load';
import { readMachineConditions } from './machine';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '20' },
    orders: { type: 'string', default: '500' },
    latency: { type: 'string', default: '100' },
    rounds: { type: 'string', default: '2' },
  },
});
const SECONDS = Number(options.seconds);
const CONNECTIONS = Number(options.connections);
const ORDERS = Number(options.orders);
const LATENCY_MS = Number(options.latency);
const ROUNDS = Number(options.rounds);
/** One connection shows the latency the CRM sets; CONNECTIONS, the site under load. */
const CONNECTION_COUNTS = [1, CONNECTIONS];
const EMAIL = 'bench.customer@example.com';
/** Auth.js's session cookie on a plain-http site. */
const SESSION_COOKIE = 'authjs.session-token';

/** A session for `email` in the site's database, as a completed sign-in leaves one. */
async function mintSession(dataDir: string, email: string): Promise<string> {
  const db = openDatabase(path.join(dataDir, 'portico.db'));
  try {
    const { createUser, createSession } = createSqliteAdapter(db);
    if (!createUser || !createSession) throw new Error('the accounts adapter cannot make sessions');
    const user = await createUser({ id: '', email, emailVerified: new Date() });
    const sessionToken = randomBytes(32).toString('hex');
    const expires = new Date(Date.now() + 3_600_000);
    await createSession({ sessionToken, userId: user.id, expires });
    return sessionToken;
  } finally {
    db.close();
  }
}

interface Run {
  name: string;
  result: LoadResult;
  /** CRM API calls the site made during the measured runs. */
  crmCalls: number;
}

const MODES = [
  ['per-customer cache on (60 s)', '60'],
  ['cache off', '0'],
] as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const fake = await spawnFakeSalesforce();
try {
  const orders = makeSampleOrders(ORDERS, { seed: 42, everyDays: 3 });
  const { orderIds } = await fake.addCustomer(
    { firstName: 'Bench', lastName: 'Customer', email: EMAIL },
    orders,
  );
  const newest = (await fake.records('Order')).find((order) => order.Id === orderIds.at(-1));
  const newestOrderNumber = String(newest?.OrderNumber);
  // Every REST call (queries, describe) answers after LATENCY_MS; the OAuth login does not.
  await fake.injectFault({ fault: 'slow', delayMs: LATENCY_MS, scope: 'api' });

  const segments = new Map<string, LoadSegment[]>();
  const crmCalls = new Map<string, number>();
  const turns = Array.from({ length: ROUNDS }, (_, round) =>
    round % 2 === 0 ? MODES : [...MODES].reverse(),
  ).flat();
  for (const [name, cacheSeconds] of turns) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portico-bench-account-'));
    const token = await mintSession(dataDir, EMAIL);
    const site = await startSite({
      ...fake.env,
      DATA_DIR: dataDir,
      CUSTOMER_CACHE_SECONDS: cacheSeconds,
      SALESFORCE_TIMEOUT_MS: '5000',
    });
    try {
      const url = `${site.url}/account/`;
      const headers = { cookie: `${SESSION_COOKIE}=${token}` };
      const check = await fetch(url, { headers, redirect: 'manual' });
      const html = await check.text();
      if (check.status !== 200 || !html.includes(newestOrderNumber)) {
        throw new Error(`GET /account answered ${check.status} without the newest order`);
      }
      // Warm-up: compiles the route, logs in to the CRM, fills the cache when there is one.
      await runSegment(url, CONNECTIONS, 3, headers);
      for (const connections of CONNECTION_COUNTS) {
        // Requests cut off at the end of a run still finish on the server: let them.
        await pause(1000);
        const callsBefore = (await fake.requests()).length;
        const seconds = connections === 1 ? Math.min(SECONDS, 5) : SECONDS;
        const segment = await runSegment(url, connections, seconds, headers);
        await pause(1000);
        const key = `${name}|${connections}`;
        segments.set(key, [...(segments.get(key) ?? []), segment]);
        const calls = (await fake.requests()).length - callsBefore;
        crmCalls.set(key, (crmCalls.get(key) ?? 0) + calls);
      }
    } finally {
      await site.stop();
    }
  }

  const runs: Run[] = CONNECTION_COUNTS.flatMap((connections) =>
    MODES.map(([name]) => ({
      name: `${name}, ${connections} connection${connections === 1 ? '' : 's'}`,
      result: summarizeSegments(segments.get(`${name}|${connections}`) ?? []),
      crmCalls: crmCalls.get(`${name}|${connections}`) ?? 0,
    })),
  );
  const machine = readMachineConditions();
  const row = ({ name, result: r, crmCalls }: Run) =>
    `| ${name} | ${r.responses} | ${r.requestsPerSecond.toFixed(1)} | ${r.p50Ms.toFixed(1)} | ` +
    `${r.p99Ms.toFixed(1)} | ${r.maxMs.toFixed(1)} | ${r.non2xx + r.errors + r.timeouts} | ` +
    `${(crmCalls / r.responses).toFixed(2)} |`;
  console.log(
    [
      `${machine.date}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, ` +
        `Next ${machine.next}, load average ` +
        machine.loadAverage.map((value) => value.toFixed(2)).join(' '),
      '',
      `| GET /account, ${ORDERS} orders, CRM answering in ${LATENCY_MS} ms, ` +
        `${ROUNDS} rounds | responses | per s | p50 ms | p99 ms | max ms | failed | ` +
        'CRM calls per response |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...runs.map(row),
    ].join('\n'),
  );
} finally {
  await fake.stop();
}
