/**
 * `npm run outbox -- status | retry <id>|--all-dead | drop <id>|--all-dead`: reads the same
 * configuration (DATA_DIR) as the site. A running site picks retried items up within a second.
 */
import { getDatabase } from '@/lib/db';
import { runOutboxCommand } from '@/lib/outbox/cli';
import { createOutboxStore } from '@/lib/outbox/store';

const db = getDatabase('portico');
const { output, exitCode } = runOutboxCommand(
  process.argv.slice(2),
  createOutboxStore(db),
  Date.now(),
);
db.close();
process.stdout.write(output);
process.exitCode = exitCode;
