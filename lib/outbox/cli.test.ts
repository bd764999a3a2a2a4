import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';
import { formatAge, runOutboxCommand } from '@/lib/outbox/cli';
import { createOutbox } from '@/lib/outbox/outbox';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SECRET = 'cli-test-secret-with-enough-length-01234567';
const HOUR = 3_600_000;
const PEOPLE = [
  { email: 'jose.nunez@example.com', lastName: 'Núñez', description: 'Hola, ¿qué tal?' },
  { email: 'li.lei@example.cn', lastName: '李雷', description: 'Please call me' },
  { email: "o'brien@example.ie", lastName: "O'Brien", description: 'Interested in a quote' },
];

/** An outbox with a delivered item, a retrying one and two dead letters, all about people. */
function populatedOutbox(dataDir: string) {
  let now = Date.UTC(2026, 5, 1, 8);
  const outbox = createOutbox(openDatabase(path.join(dataDir, 'portico.db')), SECRET, () => now);
  const ids = PEOPLE.map((person) =>
    outbox.enqueue('contact', person, { subjectEmail: person.email }),
  );
  const mail = outbox.enqueue('mail', { to: PEOPLE[0]!.email, subject: 'Hi', text: 'x' });
  const { store } = outbox;
  store.claimDue(10, now, 60_000, 'w');
  store.markDelivered(ids[0]!, '00Q000000000001', now);
  store.reschedule(
    ids[1]!,
    { code: 'REQUEST_LIMIT_EXCEEDED', reason: 'CrmError, status 403, retryable' },
    now + HOUR,
  );
  store.deadLetter(
    ids[2]!,
    { code: 'INVALID_EMAIL_ADDRESS', reason: 'CrmError, status 400, permanent' },
    now,
  );
  store.deadLetter(mail, { code: 'EENVELOPE', reason: 'MailError, status 550, permanent' }, now);
  now += 26 * HOUR;
  return { outbox, ids, mail, now };
}

function expectNoPersonalData(text: string) {
  for (const person of PEOPLE) {
    for (const value of Object.values(person)) expect(text).not.toContain(value);
  }
  expect(text).not.toContain('@example');
}

describe('npm run outbox', () => {
  it('status shows counts, ages, codes and dead letters, and no personal data', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'outbox-cli-'));
    const { outbox, ids, mail, now } = populatedOutbox(dataDir);
    const { output, exitCode } = runOutboxCommand(['status'], outbox.store, now);

    expect(exitCode).toBe(0);
    expect(output).toMatch(/^contact\s+delivered\s+1$/m);
    expect(output).toMatch(/^contact\s+pending\s+1$/m);
    expect(output).toMatch(/^contact\s+dead\s+1$/m);
    expect(output).toMatch(/^mail\s+dead\s+1$/m);
    expect(output).toContain('Oldest pending item: 1d 2h old.');
    expect(output).toContain('Retrying after: REQUEST_LIMIT_EXCEEDED (1).');
    expect(output).toContain('Dead letters (2):');
    expect(output).toMatch(
      new RegExp(
        `^${ids[2]}\\s+contact\\s+1d 2h\\s+1\\s+INVALID_EMAIL_ADDRESS\\s+CrmError, status 400, permanent$`,
        'm',
      ),
    );
    expect(output).toMatch(new RegExp(`^${mail}\\s+mail\\s+1d 2h\\s+1\\s+EENVELOPE\\s+`, 'm'));
    expectNoPersonalData(output);
  });

  it('retries and drops dead letters by id or all at once', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'outbox-cli-'));
    const { outbox, ids, mail, now } = populatedOutbox(dataDir);

    expect(runOutboxCommand(['retry', ids[2]!], outbox.store, now).output).toBe(
      'Queued 1 dead letter(s) for delivery.\n',
    );
    expect(outbox.store.get(ids[2]!)).toMatchObject({ state: 'pending', attempts: 0 });
    expect(runOutboxCommand(['retry', 'no-such-id'], outbox.store, now).exitCode).toBe(1);

    expect(runOutboxCommand(['drop', '--all-dead'], outbox.store, now).output).toBe(
      'Dropped 1 item(s); their payloads are erased.\n',
    );
    expect(outbox.store.get(mail)).toMatchObject({ state: 'dropped', hasPayload: false });
    expect(runOutboxCommand(['drop', ids[2]!], outbox.store, now).exitCode).toBe(0);
    expect(outbox.store.get(ids[2]!)).toMatchObject({ state: 'dropped', hasPayload: false });
    expect(runOutboxCommand(['frobnicate'], outbox.store, now)).toMatchObject({ exitCode: 2 });
  });

  it('runs as a script on the configured DATA_DIR', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'outbox-cli-'));
    const { mail } = populatedOutbox(dataDir);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/outbox.ts'), 'status'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATA_DIR: dataDir } },
    );
    expect(stdout).toContain('Dead letters (2):');
    expect(stdout).toContain(mail);
    expectNoPersonalData(stdout);
  });

  it('says so, and creates nothing, when DATA_DIR holds no outbox', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'outbox-cli-')), 'typo');
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', path.join(ROOT, 'scripts/outbox.ts'), 'status'],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', DATA_DIR: dataDir } },
    );
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`No outbox at ${path.join(dataDir, 'portico.db')}`),
    });
    expect(existsSync(dataDir)).toBe(false);
  });

  it('formats ages with their two largest units', () => {
    expect([800, 65_000, 26 * HOUR + 5_000, 3 * 86_400_000].map(formatAge)).toEqual([
      '800ms',
      '1m 5s',
      '1d 2h',
      '3d 0h',
    ]);
  });
});
