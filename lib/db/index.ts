import path from 'node:path';

import { getConfig } from '@/lib/config';
import { openDatabase, type Db } from '@/lib/db/open-database';

export { migrate, openDatabase, type Db } from '@/lib/db/open-database';

const opened = new Map<string, Db>();

/**
 * The process's connection to `<DATA_DIR>/<name>.db`, opened once. `portico` holds the site's
 * own state (outbox, consent log, rate limits); the embedded CRM and ATS keep files of their
 * own, as the real systems they stand in for would.
 */
export function getDatabase(name: 'portico' | 'local-crm' | 'local-ats'): Db {
  let db = opened.get(name);
  if (!db) {
    db = openDatabase(path.join(getConfig().dataDir, `${name}.db`));
    opened.set(name, db);
  }
  return db;
}
