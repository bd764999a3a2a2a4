import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';

import { createTransport } from 'nodemailer';

import { toNodemailerMessage } from '@/lib/mail/compose';
import { MailError, type Mailer } from '@/lib/mail/port';

/** A mailbox file's id: 32 hex digits, also its name (`<id>.eml`) and its /dev/mailbox path. */
export const MAILBOX_ID = /^[0-9a-f]{32}$/;

function mailboxId(idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomBytes(16).toString('hex');
  return createHash('sha256').update(`mailbox:${idempotencyKey}`).digest('hex').slice(0, 32);
}

/**
 * Writes `bytes` to `file` only if it does not exist yet, all or nothing: a reader never sees
 * half a message, and a resent mail (same idempotency key, same file) leaves the first one.
 */
function writeOnce(file: string, bytes: Buffer): void {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
}

/**
 * The embedded mail server: each mail is rendered to the RFC 5322 message SMTP would carry
 * (nodemailer's own composer, headers included) and kept as `<id>.eml` in `dir`.
 */
export function createLocalMailbox(dir: string, from: string): Mailer {
  const composer = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  return {
    async send(message, options = {}) {
      try {
        const info = await composer.sendMail(toNodemailerMessage(message, from, options));
        mkdirSync(/*turbopackIgnore: true*/ dir, { recursive: true, mode: 0o700 });
        const file = path.join(
          /*turbopackIgnore: true*/ dir,
          `${mailboxId(options.idempotencyKey)}.eml`,
        );
        writeOnce(file, info.message as Buffer);
        return { messageId: info.messageId };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'EMAILBOX';
        throw new MailError(code, `the local mailbox could not store the mail (${code})`, {
          retryable: true,
          cause: error,
        });
      }
    },
  };
}
