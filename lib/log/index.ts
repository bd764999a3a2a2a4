/**
 * Structured logging: one JSON line per event, personal data redacted by key.
 * @module
 */
import pino from 'pino';

import { getConfig } from '@/lib/config';

/** Keys whose values never reach a log line, wherever they stand in the object. */
export const REDACTED_KEYS = [
  'email',
  'phone',
  'name',
  'firstName',
  'lastName',
  'password',
  'token',
  'authorization',
  'cookie',
  'body',
  'message',
  'ip',
];

const redactPaths = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

export type Logger = pino.Logger;

/** Makes a logger writing to `destination` (stdout when omitted). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      messageKey: 'event',
      redact: { paths: redactPaths, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  );
}

let logger: Logger | undefined;

/** The process-wide logger; the level comes from LOG_LEVEL. */
export function getLogger(): Logger {
  logger ??= createLogger(getConfig().logLevel);
  return logger;
}
