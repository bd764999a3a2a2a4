import { accessSync, constants, mkdirSync } from 'node:fs';

import { ConfigError } from '@/lib/config';

/**
 * Makes sure the data directory exists and is writable, so that a wrong DATA_DIR stops
 * start-up with its name instead of failing each request that needs it later.
 */
export function ensureDataDir(dataDir: string): void {
  try {
    mkdirSync(/*turbopackIgnore: true*/ dataDir, { recursive: true });
    accessSync(/*turbopackIgnore: true*/ dataDir, constants.W_OK);
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code ?? 'not usable';
    throw new ConfigError(`DATA_DIR: ${dataDir} is not a writable directory (${reason})`, {
      cause,
    });
  }
}
