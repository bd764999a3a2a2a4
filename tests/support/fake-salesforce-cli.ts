/**
 * Runs the fake Salesforce as its own process, for end-to-end tests whose site runs as a
 * child process too: `node --import tsx tests/support/fake-salesforce-cli.ts [--external-id-field F]
 * [--multi-currency] [--batch-size N]`.
 * It prints one JSON line on stdout, `{"url", "clientId", "clientSecret", "username",
 * "password", "externalIdField"}`, then serves until SIGTERM or SIGINT. Faults and records
 * are reached over HTTP (fake-salesforce-control.ts).
 */
import { parseArgs } from 'node:util';

import { startFakeSalesforce } from './fake-salesforce';

const { values } = parseArgs({
  options: {
    'external-id-field': { type: 'string' },
    'client-id': { type: 'string' },
    'client-secret': { type: 'string' },
    username: { type: 'string' },
    password: { type: 'string' },
    'multi-currency': { type: 'boolean' },
    'batch-size': { type: 'string' },
  },
});

const fake = await startFakeSalesforce({
  externalIdField: values['external-id-field'],
  clientId: values['client-id'],
  clientSecret: values['client-secret'],
  username: values.username,
  password: values.password,
  isMultiCurrency: values['multi-currency'],
  batchSize: values['batch-size'] ? Number(values['batch-size']) : undefined,
});

process.stdout.write(
  `${JSON.stringify({ url: fake.url, ...fake.credentials, externalIdField: fake.externalIdField })}\n`,
);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    void fake.close().then(() => process.exit(0));
  });
}
