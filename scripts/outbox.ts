/**
 * `npm run outbox -- status | retry <id>|--all-dead | drop <id>|--all-dead`: reads the same
 * configuration (DATA_DIR) as the site. A running site picks retried items up within a second.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

import { getConfig } from '@/lib/config';
import { getDatabase } from '@/lib/db';
import { runOutboxCommand } from '@/lib/outbox/cli';
import { createOutboxStore } from '@/lib/outbox/store';

const file = path.join(getConfig().dataDir, 'portico.db');
// A mistyped DATA_DIR would otherwise get a new, empty outbox and report it as empty.
if (!existsSync(file)) {
  process.stderr.write(
    `No outbox at ${file}. Run this with the DATA_DIR the site uses (the site creates it).\n`,
  );
  process.exit(2);
}
const db = getDatabase('portico');
const { output, exitCode } = runOutboxCommand(
  process.argv.slice(2),
  createOutboxStore(db),
  Date.now(),
);
db.close();
process.stdout.write(output);
process.exitCode = exitCode;
