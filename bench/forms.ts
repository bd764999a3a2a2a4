/**
 * Forms benchmark (issue 3): how fast the contact form's server action accepts submissions
 * into the outbox, whatever state the CRM is in, and how fast the worker delivers them.
 * Runs against a production build (PORTICO_DIST_DIR, default .next) with the CRM pointed at the
 * fake Salesforce (its own process), posting the form as a browser without JavaScript does.
 * `npm run bench:forms`. Options: --seconds <per phase> (15), --clients <concurrent> (20).
 * @module
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { spawnFakeSalesforce } from '@/tests/support/fake-salesforce-control';
import type { FaultSpec } from '@/tests/support/fake-salesforce-faults';
import { launchBrowser } from '@/tests/support/browser';
import { buildFormBody, fetchHiddenFields, regionText } from '@/tests/support/form-post';
import { startSite } from '@/tests/support/site-server';

import { readMachineConditions } from './machine';
import { runClosedLoop, type PhaseResult } from './closed-loop';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    clients: { type: 'string', default: '20' },
  },
});
const SECONDS = Number(options.seconds);
const CLIENTS = Number(options.clients);

const fake = await spawnFakeSalesforce();
const site = await startSite({
  ...fake.env,
  TRUST_PROXY: 'true',
  SALESFORCE_TIMEOUT_MS: '2000',
  DATA_DIR: mkdtempSync(path.join(tmpdir(), 'portico-bench-forms-')),
});
let sent = 0;

function nextSubmission(): { address: string; fields: Record<string, string> } {
  sent += 1;
  return {
    // One address per submission: the rate limit (5 per address) is not what is measured.
    address: `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`,
    fields: {
      name: `Bench Visitor ${sent}`,
      email: `bench-${sent}@example.test`,
      company: 'Benchmark Ltd',
      phone: '+44 20 7946 0000',
      message: `Benchmark message ${sent}.\n`.repeat(8),
    },
  };
}

/** One way of sending the form: answers whether the submission was accepted. */
type Send = (address: string, fields: Record<string, string>) => Promise<boolean>;

/** As a browser without JavaScript: a form post, answered with the whole page. */
function postWithoutJavaScript(hidden: Array<[string, string]>): Send {
  return async (address, fields) => {
    const response = await fetch(`${site.url}/contact/`, {
      method: 'POST',
      headers: { 'x-forwarded-for': address, accept: 'text/html' },
      body: buildFormBody(hidden, fields),
    });
    const html = await response.text();
    return response.status === 200 && /thank you/i.test(regionText(html, 'status'));
  };
}

/**
 * As a browser with JavaScript: the server action's own request (React's encoding of the
 * form, Next's action headers), recorded once from Chromium and replayed with other values.
 */
async function postWithJavaScript(): Promise<Send> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/contact/`);
    const sample = nextSubmission().fields;
    for (const [name, value] of Object.entries(sample)) {
      await page.locator(`form [name="${name}"]`).first().fill(value);
    }
    await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
    const [request] = await Promise.all([
      page.waitForRequest((candidate) => candidate.headers()['next-action'] !== undefined),
      page.getByRole('button', { name: 'Send message' }).click(),
    ]);
    const headers = await request.allHeaders();
    const recorded = await new Response(
      new Uint8Array(request.postDataBuffer() ?? Buffer.alloc(0)),
      {
        headers: { 'content-type': headers['content-type'] ?? '' },
      },
    ).formData();
    const keep = Object.fromEntries(
      ['next-action', 'next-router-state-tree', 'accept'].map((name) => [
        name,
        headers[name] ?? '',
      ]),
    );
    // Fields of the form travel as "_<reference>_<name>"; everything else is React's and Next's.
    const fieldKey = (name: string) =>
      [...recorded.keys()].find((key) => key.endsWith(`_${name}`) && /^_\d+_/.test(key));
    return async (address, fields) => {
      const body = new FormData();
      for (const [key, value] of recorded.entries()) body.append(key, value);
      for (const [name, value] of Object.entries(fields)) {
        const key = fieldKey(name);
        if (!key) throw new Error(`the recorded action request has no field ${name}`);
        body.set(key, value);
      }
      const response = await fetch(`${site.url}/contact/`, {
        method: 'POST',
        headers: { ...keep, 'x-forwarded-for': address },
        body,
      });
      const payload = await response.text();
      return response.status === 200 && payload.includes('"status":"success"');
    };
  } finally {
    await browser.close();
  }
}

function runPhase(name: string, send: Send): Promise<PhaseResult> {
  return runClosedLoop(name, { clients: CLIENTS, seconds: SECONDS }, () => {
    const { address, fields } = nextSubmission();
    return () => send(address, fields);
  });
}

async function leadCount(): Promise<number> {
  return (await fake.records('Lead')).length;
}

/** Seconds until the fake CRM holds `expected` leads, polled every 100 ms. */
async function secondsUntilLeads(expected: number, since: number): Promise<number> {
  const deadline = performance.now() + 600_000;
  while ((await leadCount()) < expected) {
    if (performance.now() > deadline) throw new Error(`fewer than ${expected} leads after 10 min`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return (performance.now() - since) / 1000;
}

try {
  const withoutJs = postWithoutJavaScript(
    await fetchHiddenFields(`${site.url}/contact/`, 'message'),
  );
  const withJs = await postWithJavaScript();
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));

  // Warm-up: the first calls compile, and the worker logs in to the CRM.
  await runPhase('warm-up', withJs);
  await runPhase('warm-up', withoutJs);
  const warmed = sent - 1;
  await secondsUntilLeads(warmed, performance.now());

  const results: PhaseResult[] = [];
  const healthyStart = performance.now();
  const before = await leadCount();
  results.push(await runPhase('with JavaScript, CRM healthy', withJs));
  const healthyAccepted = results[0]!.accepted;
  const drainSeconds = await secondsUntilLeads(before + healthyAccepted, healthyStart);

  const faults: Array<[string, FaultSpec | undefined]> = [
    ['CRM refusing (503)', { fault: 'unavailable' }],
    ['CRM timing out (answers after 5 s)', { fault: 'slow', delayMs: 5000, takesEffect: false }],
    ['CRM healthy', undefined],
  ];
  for (const [name, fault] of faults) {
    if (fault) await fake.injectFault(fault);
    if (fault) results.push(await runPhase(`with JavaScript, ${name}`, withJs));
    results.push(await runPhase(`without JavaScript, ${name}`, withoutJs));
    await fake.clearFaults();
  }

  const machine = readMachineConditions();
  const row = (r: PhaseResult) =>
    `| ${r.name} | ${r.accepted} | ${r.refused} | ${r.perSecond.toFixed(0)} | ${r.p50Ms.toFixed(1)} | ${r.p99Ms.toFixed(1)} | ${r.maxMs.toFixed(1)} |`;
  console.log(
    [
      `${machine.date}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Next ${machine.next}, ` +
        `load average ${machine.loadAverage.map((value) => value.toFixed(2)).join(' ')}`,
      '',
      `| contact form, ${CLIENTS} clients, ${SECONDS} s | accepted | refused | accepted/s | p50 ms | p99 ms | max ms |`,
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...results.map(row),
      '',
      `Delivery to the fake CRM: the ${healthyAccepted} submissions of the healthy phase were all ` +
        `leads ${drainSeconds.toFixed(1)} s after the phase began ` +
        `(${(healthyAccepted / drainSeconds).toFixed(0)} leads/s, while accepting).`,
    ].join('\n'),
  );
} finally {
  await site.stop();
  await fake.stop();
}
