/**
 * Starts the fake Salesforce as a child process (fake-salesforce-cli.ts) and drives it over
 * HTTP: for end-to-end tests where the site, another child process, is the one calling it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type { SampleOrder } from '@/lib/crm/sample-orders';

import type {
  FakeCustomerInput,
  FakeCustomerRef,
  FakeRecord,
  FakeRequestLogEntry,
} from './fake-salesforce';
import type { FaultSpec } from './fake-salesforce-faults';

export interface FakeSalesforceProcess {
  url: string;
  clientId: string;
  clientSecret: string;
  username: string;
  password: string;
  externalIdField: string;
  /** The SALESFORCE_* variables that point the site at this fake (password flow). */
  env: Record<string, string>;
  injectFault(fault: FaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  revokeTokens(): Promise<void>;
  records(sobject: string): Promise<FakeRecord[]>;
  insert(sobject: string, fields: Record<string, unknown>): Promise<string>;
  /** Adds an Account, its Contact and the Account's Orders with their items. */
  addCustomer(
    customer: FakeCustomerInput,
    orders?: readonly SampleOrder[],
  ): Promise<FakeCustomerRef>;
  requests(): Promise<FakeRequestLogEntry[]>;
  stop(): Promise<void>;
}

async function call(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`fake Salesforce control ${method} ${url}: ${response.status}`);
  return response.status === 204 ? undefined : response.json();
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Spawns the fake and waits for its URL; `args` go to fake-salesforce-cli.ts. */
export async function spawnFakeSalesforce(args: string[] = []): Promise<FakeSalesforceProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'fake-salesforce-cli.ts'), ...args],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake Salesforce exited with ${code}`)));
  });
  const started = JSON.parse(firstLine) as Omit<FakeSalesforceProcess, 'env'>;
  const control = (endpoint: string) => `${started.url}/__fake/${endpoint}`;

  return {
    ...started,
    env: {
      SALESFORCE_LOGIN_URL: started.url,
      SALESFORCE_CLIENT_ID: started.clientId,
      SALESFORCE_CLIENT_SECRET: started.clientSecret,
      SALESFORCE_USERNAME: started.username,
      SALESFORCE_PASSWORD: started.password,
      SALESFORCE_EXTERNAL_ID_FIELD: started.externalIdField,
    },
    injectFault: async (fault) => void (await call(control('faults'), 'POST', fault)),
    clearFaults: async () => void (await call(control('faults'), 'DELETE')),
    revokeTokens: async () => void (await call(control('revoke-tokens'), 'POST')),
    records: async (sobject) => (await call(control(`records/${sobject}`), 'GET')) as FakeRecord[],
    insert: async (sobject, fields) =>
      ((await call(control(`records/${sobject}`), 'POST', fields)) as { id: string }).id,
    addCustomer: async (customer, orders = []) =>
      (await call(control('customers'), 'POST', { customer, orders })) as FakeCustomerRef,
    requests: async () => (await call(control('requests'), 'GET')) as FakeRequestLogEntry[],
    stop: async () => {
      child.kill('SIGTERM');
      await waitForExit(child);
    },
  };
}
