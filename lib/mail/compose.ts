import { createHash } from 'node:crypto';

import type { SendMailOptions } from 'nodemailer';

import type { MailMessage, SendOptions } from '@/lib/mail/port';

/** The domain of a From address (`Name <a@b.example>`), for Message-IDs. */
export function senderDomain(from: string): string {
  const match = /@([^>\s]+)>?\s*$/.exec(from);
  return match?.[1]?.toLowerCase() ?? 'localhost.localdomain';
}

/**
 * A Message-ID derived from the idempotency key, so the same mail sent twice carries the same
 * id. The key is hashed: it is an internal id and need not be readable by the recipient.
 */
export function deterministicMessageId(idempotencyKey: string, from: string): string {
  const local = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 32);
  return `<${local}@${senderDomain(from)}>`;
}

/** The port's message as nodemailer's, from `from`. */
export function toNodemailerMessage(
  message: MailMessage,
  from: string,
  options: SendOptions = {},
): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    headers: message.headers,
    messageId: options.idempotencyKey
      ? deterministicMessageId(options.idempotencyKey, from)
      : undefined,
    date: new Date(),
  };
}
