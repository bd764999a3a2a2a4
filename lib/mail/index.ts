/**
 * The mail port: SMTP when SMTP_URL is set, the local mailbox in DATA_DIR otherwise. Mail is
 * sent by the outbox's worker (kind `mail`), never on a visitor's request.
 * @module
 */
import path from 'node:path';

import { getConfig } from '@/lib/config';
import { createLocalMailbox } from '@/lib/mail/local-mailbox';
import { purgeMailboxFilesBefore } from '@/lib/mail/mailbox-reader';
import type { Mailer } from '@/lib/mail/port';
import { createSmtpMailer } from '@/lib/mail/smtp';

export type { MailMessage, Mailer, SendOptions, SentMail } from '@/lib/mail/port';
export { MailError } from '@/lib/mail/port';

/** Where the local mailbox keeps its mails. */
export function getMailboxDir(): string {
  return path.join(/*turbopackIgnore: true*/ getConfig().dataDir, 'mailbox');
}

let mailer: Mailer | undefined;

/** The process's mailer, chosen by the configuration. */
export function getMailer(): Mailer {
  if (!mailer) {
    const { mail } = getConfig();
    mailer =
      mail.kind === 'smtp'
        ? createSmtpMailer(mail.url, mail.from)
        : createLocalMailbox(getMailboxDir(), mail.from);
  }
  return mailer;
}

/**
 * Retention: deletes the local mailbox's mails stored before `cutoff`; answers how many (0 when
 * mail goes out by SMTP, which keeps no copy here).
 */
export function purgeMailboxOlderThan(cutoff: Date): number {
  return purgeMailboxFilesBefore(getMailboxDir(), cutoff);
}

/** Mail stays in the local mailbox (no SMTP): /dev/mailbox has something to show. */
export function isLocalMailbox(): boolean {
  return getConfig().mail.kind === 'local';
}
