/**
 * A process running the real outbox worker (started as the server starts it) with one
 * handler: an idempotent recorder in its own SQLite file, standing in for the CRM. Used by
 * crash.test.ts, which kills it with SIGKILL mid-delivery.
 *
 * Environment: DATA_DIR and PORTICO_SECRET as for the site. Arguments: the recorder's database
 * file and, optionally, a count: once that many submissions are recorded, the next recorded one prints `recorded-and-hanging <id>`
 * and never returns, so the parent can kill the process between the CRM write and the outbox's
 * "delivered" mark.
 */
import { openDatabase } from '@/lib/db';
import { startOutboxWorker } from '@/lib/outbox';

const [recorderFile, crashAfterArg] = process.argv.slice(2);
const recorder = openDatabase(recorderFile!);
recorder.exec(`CREATE TABLE IF NOT EXISTS records (submission_id TEXT PRIMARY KEY, payload TEXT);
  CREATE TABLE IF NOT EXISTS calls (submission_id TEXT NOT NULL)`);
const crashAfter = crashAfterArg === undefined ? Infinity : Number(crashAfterArg);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

startOutboxWorker({
  async contact(payload, { submissionId }) {
    await sleep(2 + Math.random() * 10);
    recorder.prepare('INSERT INTO calls (submission_id) VALUES (?)').run(submissionId);
    recorder
      .prepare('INSERT OR IGNORE INTO records (submission_id, payload) VALUES (?, ?)')
      .run(submissionId, JSON.stringify(payload));
    const { n } = recorder.prepare('SELECT count(*) AS n FROM records').get() as { n: number };
    if (n > crashAfter) {
      process.stdout.write(`recorded-and-hanging ${submissionId}\n`);
      await new Promise(() => {});
    }
    return { externalId: `rec-${submissionId}` };
  },
});
