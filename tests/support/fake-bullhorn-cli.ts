/**
 * Runs the fake Bullhorn as its own process, for end-to-end tests whose site runs as a child
 * process too: `node --import tsx tests/support/fake-bullhorn-cli.ts [--port N] [--no-seed]`.
 * It holds the local ATS's 36 seed jobs unless --no-seed, prints one JSON line on stdout,
 * `{"url", "restUrl"}`, then serves until SIGTERM or SIGINT. Faults, jobs and candidates are
 * reached over HTTP (fake-bullhorn-control.ts).
 */
import { parseArgs } from 'node:util';

import { startFakeBullhorn } from './fake-bullhorn';
import { seedFakeJobOrders } from './fake-bullhorn-jobs';

const { values } = parseArgs({
  options: { port: { type: 'string' }, 'no-seed': { type: 'boolean' } },
});

const fake = await startFakeBullhorn({
  port: values.port === undefined ? undefined : Number(values.port),
  jobs: values['no-seed'] ? [] : seedFakeJobOrders(),
});

process.stdout.write(`${JSON.stringify({ url: fake.url, restUrl: fake.restUrl })}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
