/**
 * Starts the fake Bullhorn as a child process (fake-bullhorn-cli.ts) and drives it over HTTP:
 * for end-to-end tests where the site, another child process, is the one calling it. To play
 * an outage, `stop()` it and later spawn it again with the same `port`: the new process is
 * empty of candidates, as the outage is the time no application could arrive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

import type {
  BullhornFaultSpec,
  FakeCandidate,
  FakeBullhornRequest,
  FakeJobOrder,
} from './fake-bullhorn';

export interface FakeBullhornProcess {
  url: string;
  restUrl: string;
  port: number;
  /** The BULLHORN_* variables that point the site at this fake. */
  env: Record<string, string>;
  injectFault(fault: BullhornFaultSpec): Promise<void>;
  clearFaults(): Promise<void>;
  putJobs(jobs: FakeJobOrder[]): Promise<void>;
  /** Candidates with their applications; each resume with size, SHA-256 and base64 bytes. */
  candidates(): Promise<FakeCandidate[]>;
  requests(): Promise<FakeBullhornRequest[]>;
  stop(): Promise<void>;
}

export interface SpawnFakeBullhornOptions {
  /** Listen here (e.g. the port of a fake that was stopped); a free port when omitted. */
  port?: number;
  /** Start without the 36 seed jobs. */
  isEmpty?: boolean;
}

async function call(url: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`fake Bullhorn control ${method} ${url}: ${response.status}`);
  return response.json();
}

function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Spawns the fake and waits for its URL. */
export async function spawnFakeBullhorn(
  options: SpawnFakeBullhornOptions = {},
): Promise<FakeBullhornProcess> {
  const args = ['--import', 'tsx', path.join(import.meta.dirname, 'fake-bullhorn-cli.ts')];
  if (options.port !== undefined) args.push('--port', String(options.port));
  if (options.isEmpty) args.push('--no-seed');
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`fake Bullhorn exited with ${code}`)));
  });
  const started = JSON.parse(firstLine) as { url: string; restUrl: string };
  const control = (endpoint: string) => `${started.url}/__fake/${endpoint}`;

  return {
    ...started,
    port: Number(new URL(started.url).port),
    env: { BULLHORN_REST_URL: started.restUrl },
    injectFault: async (fault) => void (await call(control('faults'), 'POST', fault)),
    clearFaults: async () => void (await call(control('faults'), 'DELETE')),
    putJobs: async (jobs) => void (await call(control('jobs'), 'POST', jobs)),
    candidates: async () => (await call(control('candidates'), 'GET')) as FakeCandidate[],
    requests: async () => (await call(control('requests'), 'GET')) as FakeBullhornRequest[],
    stop: async () => {
      child.kill('SIGTERM');
      await waitForExit(child);
    },
  };
}
