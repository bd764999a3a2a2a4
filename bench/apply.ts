/**
 * Apply benchmark (issue 5): how fast the apply form takes an application with a 4 MB resume
 * into the outbox, at 10 concurrent clients. Runs against a production build (PORTICO_DIST_DIR,
 * default .next) with the local ATS, each application from an address of its own (the rate
 * limit is not what is measured). Two phases: as a browser without JavaScript (multipart to
 * the job's page, the server action; the whole page comes back) and with it (the same post to
 * the upload route, which answers JSON).
 * `npm run bench:apply`. Options: --seconds <per phase> (10), --clients <concurrent> (10),
 * --megabytes <resume size> (4).
 * @module
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { MIN_FILL_MS } from '@/lib/forms/fill-time';
import { regionText } from '@/tests/support/form-post';
import {
  applicant,
  fetchApplyHiddenFields,
  findOpenJobPath,
  postApplication,
  resumeFile,
  uploadApplication,
} from '@/tests/support/job-application';
import { paddedPdf } from '@/tests/support/resume-samples';
import { startSite } from '@/tests/support/site-server';

import { readMachineConditions } from './machine';
import { runClosedLoop, type PhaseResult } from './closed-loop';

const { values: options } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '10' },
    megabytes: { type: 'string', default: '4' },
  },
});
const SECONDS = Number(options.seconds);
const CLIENTS = Number(options.clients);
const RESUME_BYTES = Math.round(Number(options.megabytes) * 1024 * 1024);

const site = await startSite({
  TRUST_PROXY: 'true',
  DATA_DIR: mkdtempSync(path.join(tmpdir(), 'portico-bench-apply-')),
});
// One resume per client: the receipt key differs by the applicant all the same.
const resumes = Array.from({ length: CLIENTS }, (_, index) => paddedPdf(RESUME_BYTES, index));
let sent = 0;

/** One way of sending the form: answers whether the application was accepted. */
type Send = (address: string, fields: Record<string, string | Blob>) => Promise<boolean>;

function runPhase(name: string, send: Send): Promise<PhaseResult> {
  return runClosedLoop(name, { clients: CLIENTS, seconds: SECONDS }, (client) => {
    sent += 1;
    const address = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
    const fields = { ...applicant(sent), resume: resumeFile(resumes[client]!, `cv-${sent}.pdf`) };
    return () => send(address, fields);
  });
}

try {
  const jobPath = await findOpenJobPath(site.url);
  const hidden = await fetchApplyHiddenFields(site.url, jobPath);
  await new Promise((resolve) => setTimeout(resolve, MIN_FILL_MS + 200));
  const withoutJs: Send = async (address, fields) => {
    const { status, html } = await postApplication(site.url, jobPath, hidden, fields, address);
    return status === 200 && /thank you/i.test(regionText(html, 'status'));
  };
  const withJs: Send = async (address, fields) => {
    const { status, state } = await uploadApplication(site.url, hidden, fields, address);
    return status === 200 && state.status === 'success';
  };

  // Warm-up: the first calls compile.
  await runPhase('warm-up', withJs);
  await runPhase('warm-up', withoutJs);

  const results = [
    await runPhase('with JavaScript (upload route, JSON)', withJs),
    await runPhase('without JavaScript (server action, whole page)', withoutJs),
  ];
  const machine = readMachineConditions();
  const megabytes = (RESUME_BYTES / 1024 / 1024).toFixed(1);
  const row = (r: PhaseResult) =>
    `| ${r.name} | ${r.accepted} | ${r.refused} | ${r.perSecond.toFixed(1)} | ${r.p50Ms.toFixed(0)} | ${r.p99Ms.toFixed(0)} | ${r.maxMs.toFixed(0)} |`;
  console.log(
    [
      `${machine.date}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, Next ${machine.next}, ` +
        `load average ${machine.loadAverage.map((value) => value.toFixed(2)).join(' ')}`,
      '',
      `| apply, ${megabytes} MB resume, ${CLIENTS} clients, ${SECONDS} s | accepted | refused | accepted/s | p50 ms | p99 ms | max ms |`,
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...results.map(row),
    ].join('\n'),
  );
} finally {
  await site.stop();
}
