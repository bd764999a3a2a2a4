import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { getConfig } from '@/lib/config';

const SECRET_FILE = 'portico-secret';

let secret: string | undefined;

/**
 * The key that seals cookies: PORTICO_SECRET, or one generated once into the data directory
 * (mode 0600) so that a fresh clone needs no setup and restarts keep sessions valid.
 */
export function getSecret(): string {
  secret ??= getConfig().secret ?? readOrCreateSecret(getConfig().dataDir);
  return secret;
}

/** Reads the generated secret `fileName` in `dataDir`, creating it when missing. */
export function readOrCreateSecret(dataDir: string, fileName = SECRET_FILE): string {
  // The data directory is chosen at run time; nothing in it belongs in the build's trace.
  const file = path.join(/*turbopackIgnore: true*/ dataDir, fileName);
  try {
    return readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const created = randomBytes(32).toString('base64url');
  try {
    writeFileSync(file, created, { mode: 0o600, flag: 'wx' });
    return created;
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      return readFileSync(file, 'utf8').trim();
    throw error;
  }
}
