import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { createOutbox } from '@/lib/outbox/outbox';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'crash-test-secret-with-enough-length-0123456';
const ITEMS = 60;

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function startWorkerProcess(dataDir: string, recorderDb: string, crashAfter?: number) {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(ROOT, 'lib/outbox/testing/crash-worker.ts'),
      recorderDb,
      ...(crashAfter === undefined ? [] : [String(crashAfter)]),
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        PORTICO_SECRET: SECRET,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, output: () => output, exited };
}

async function waitUntil(condition: () => boolean, what: string, output: () => string) {
  for (let i = 0; i < 3_000; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting until ${what}; worker said:\n${output()}`);
}

describe('outbox worker killed with SIGKILL mid-delivery', () => {
  it('delivers every item exactly once to an idempotent recorder after a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'outbox-crash-'));
    const recorderDb = path.join(dataDir, 'recorder.db');
    const outbox = createOutbox(openDatabase(path.join(dataDir, 'portico.db')), SECRET);
    const ids = Array.from({ length: ITEMS }, (_, n) =>
      outbox.enqueue('contact', { email: `crash${n}@example.com`, n }),
    );

    const first = startWorkerProcess(dataDir, recorderDb, 20);
    await waitUntil(
      () => first.output().includes('recorded-and-hanging'),
      'the hang',
      first.output,
    );
    first.child.kill('SIGKILL');
    await first.exited;

    const hungId = /recorded-and-hanging (\S+)/.exec(first.output())![1]!;
    // Recorded in the CRM stand-in, but the outbox never heard back: it is still leased.
    expect(outbox.store.get(hungId)).toMatchObject({ state: 'pending', hasPayload: true });
    expect(outbox.store.get(hungId)?.leaseOwner).toContain(`:${first.child.pid}:`);
    const pendingAtKill = ids.filter((id) => outbox.store.get(id)?.state === 'pending');
    expect(pendingAtKill.length).toBeGreaterThan(ITEMS / 2);

    const second = startWorkerProcess(dataDir, recorderDb);
    await waitUntil(
      () => ids.every((id) => outbox.store.get(id)?.state === 'delivered'),
      'all delivered',
      second.output,
    );
    second.child.kill('SIGTERM');
    await second.exited;

    const recorder = openDatabase(recorderDb);
    const records = recorder.prepare('SELECT submission_id AS id FROM records').all() as Array<{
      id: string;
    }>;
    expect(records.map((row) => row.id).sort()).toEqual([...ids].sort());
    const hungCalls = recorder
      .prepare('SELECT count(*) AS n FROM calls WHERE submission_id = ?')
      .get(hungId) as { n: number };
    expect(hungCalls.n).toBe(2);
    expect(outbox.store.get(hungId)?.externalId).toBe(`rec-${hungId}`);
    expect(second.output()).toContain('outbox.leases_released');
    expect(ids.every((id) => outbox.store.get(id)?.hasPayload === false)).toBe(true);
  });
});
