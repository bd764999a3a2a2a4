import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

import { afterEach, describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { createLogger } from '@/lib/log';
import { createOutbox, type Outbox } from '@/lib/outbox/outbox';
import type { DeliveryHandler } from '@/lib/outbox/types';
import { createOutboxWorker, type OutboxWorker } from '@/lib/outbox/worker';

const SECRET = 'worker-test-secret-with-enough-length-012345';
const FAST = { backoffBaseMs: 2, backoffCapMs: 10, pollMs: 20, maxAttempts: 4 };

const workers: OutboxWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
});

function setup(handler: DeliveryHandler, tunables: object = FAST) {
  const outbox = createOutbox(
    openDatabase(path.join(mkdtempSync(path.join(tmpdir(), 'outbox-worker-')), 'portico.db')),
    SECRET,
  );
  let logs = '';
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString();
      done();
    },
  });
  const worker = createOutboxWorker({
    outbox,
    handlers: { contact: handler },
    logger: createLogger('info', destination),
    tunables,
  });
  workers.push(worker);
  return { outbox, worker, logs: () => logs };
}

async function waitUntil(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1_000; i += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting until ${what}`);
}

function states(outbox: Outbox, ids: string[]): string[] {
  return ids.map((id) => outbox.store.get(id)?.state ?? 'missing');
}

/** A CRM stand-in that keeps one record per submission id, as the real adapters do. */
function idempotentRecorder() {
  const records = new Map<string, unknown>();
  let calls = 0;
  return {
    records,
    calls: () => calls,
    record(submissionId: string, payload: unknown) {
      calls += 1;
      if (!records.has(submissionId)) records.set(submissionId, payload);
      return { externalId: `rec-${submissionId.slice(0, 8)}` };
    },
  };
}

describe('outbox worker', () => {
  it('delivers through a flaky handler with retries, once per submission', async () => {
    const recorder = idempotentRecorder();
    const failures = new Map<string, number>();
    const { outbox, logs } = setup(async (payload, { submissionId }) => {
      const failed = failures.get(submissionId) ?? 0;
      if (failed < 2) {
        failures.set(submissionId, failed + 1);
        throw Object.assign(new Error(`timeout for ${JSON.stringify(payload)}`), {
          code: 'ETIMEDOUT',
        });
      }
      return recorder.record(submissionId, payload);
    });
    const ids = Array.from({ length: 12 }, (_, n) =>
      outbox.enqueue('contact', { email: `person${n}@example.com`, n }),
    );

    await waitUntil(() => states(outbox, ids).every((s) => s === 'delivered'), 'all delivered');
    expect(recorder.records.size).toBe(12);
    expect(ids.map((id) => outbox.store.get(id))).toEqual(
      ids.map((id) =>
        expect.objectContaining({
          attempts: 3,
          hasPayload: false,
          externalId: `rec-${id.slice(0, 8)}`,
        }),
      ),
    );
    expect(logs()).toContain('"event":"outbox.retry"');
    expect(logs()).toContain('"code":"ETIMEDOUT"');
    expect(logs()).not.toContain('@example.com');
  });

  it('dead-letters after the retry budget with the code and a reason, not the message', async () => {
    const { outbox, logs } = setup(async (payload) => {
      throw Object.assign(new Error(`CRM refused ${JSON.stringify(payload)}`), {
        name: 'CrmError',
        code: 'SERVER_UNAVAILABLE',
        status: 503,
      });
    });
    const id = outbox.enqueue('contact', { email: 'li.lei@example.cn' });

    await waitUntil(() => outbox.store.get(id)?.state === 'dead', 'dead-lettered');
    const item = outbox.store.get(id)!;
    expect(item).toMatchObject({
      attempts: 4,
      lastErrorCode: 'SERVER_UNAVAILABLE',
      lastErrorReason: 'CrmError, status 503, retryable',
      hasPayload: true,
    });
    expect(logs()).toContain('"event":"outbox.dead_lettered"');
    expect(logs()).not.toContain('li.lei');
  });

  it('dead-letters an error marked not retryable at once', async () => {
    let calls = 0;
    const { outbox } = setup(async () => {
      calls += 1;
      throw Object.assign(new Error('invalid'), { code: 'INVALID_FIELD', retryable: false });
    });
    const id = outbox.enqueue('contact', {});
    await waitUntil(() => outbox.store.get(id)?.state === 'dead', 'dead-lettered');
    expect(calls).toBe(1);
    expect(outbox.store.get(id)).toMatchObject({ attempts: 1, lastErrorCode: 'INVALID_FIELD' });
  });

  it('dead-letters a kind without a handler', async () => {
    const { outbox } = setup(async () => ({ externalId: 'x' }));
    const id = outbox.enqueue('job-application', {});
    await waitUntil(() => outbox.store.get(id)?.state === 'dead', 'dead-lettered');
    expect(outbox.store.get(id)?.lastErrorCode).toBe('no-handler');
  });

  it('wakes on enqueue instead of waiting for its poll', async () => {
    const recorder = idempotentRecorder();
    // With an hour between polls only the enqueue signal can start this delivery in time.
    const { outbox, worker } = setup(
      async (payload, { submissionId }) => recorder.record(submissionId, payload),
      {
        ...FAST,
        pollMs: 3_600_000,
      },
    );
    await worker.whenIdle();
    const id = outbox.enqueue('contact', { n: 1 });
    await waitUntil(() => outbox.store.get(id)?.state === 'delivered', 'delivered');
  });

  it('never runs more deliveries at once than its concurrency', async () => {
    let running = 0;
    let peak = 0;
    const { outbox } = setup(
      async () => {
        running += 1;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 15));
        running -= 1;
        return { externalId: 'x' };
      },
      { ...FAST, concurrency: 3 },
    );
    const ids = Array.from({ length: 10 }, () => outbox.enqueue('contact', {}));
    await waitUntil(() => states(outbox, ids).every((s) => s === 'delivered'), 'all delivered');
    expect(peak).toBe(3);
  });

  it('stops after the running delivery settles and claims nothing more', async () => {
    let release: () => void = () => {};
    let started = 0;
    const { outbox, worker } = setup(async () => {
      started += 1;
      await new Promise<void>((resolve) => (release = resolve));
      return { externalId: 'x' };
    });
    const first = outbox.enqueue('contact', {});
    await waitUntil(() => started === 1, 'the first delivery started');

    const stopped = worker.stop();
    const second = outbox.enqueue('contact', {});
    release();
    await stopped;
    expect(outbox.store.get(first)?.state).toBe('delivered');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started).toBe(1);
    expect(outbox.store.get(second)).toMatchObject({ state: 'pending', attempts: 0 });
  });
});
