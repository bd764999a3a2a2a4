import { createTransport } from 'nodemailer';

import { toNodemailerMessage } from '@/lib/mail/compose';
import { MailError, type Mailer } from '@/lib/mail/port';

/** Time limits of each SMTP step, so a stalled server fails a delivery instead of hanging it. */
export const SMTP_TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
};

// Connection-level failures (refused, reset, timed out) and 4xx answers are transient.
function toMailError(error: unknown): MailError {
  const fields = (typeof error === 'object' && error !== null ? error : {}) as {
    code?: unknown;
    responseCode?: unknown;
  };
  const code = typeof fields.code === 'string' ? fields.code : 'ESEND';
  const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
  const isPermanent = responseCode !== undefined && responseCode >= 500;
  const answer = responseCode === undefined ? 'no answer' : `answer ${responseCode}`;
  return new MailError(code, `SMTP send failed (${code}, ${answer})`, {
    retryable: !isPermanent,
    responseCode,
    cause: error,
  });
}

/** Sends through the SMTP server at `url` (smtp:// or smtps://, credentials in the URL). */
export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = createTransport({ url, pool: true, maxConnections: 2, ...SMTP_TIMEOUTS });

  return {
    async send(message, options) {
      try {
        const info = await transport.sendMail(toNodemailerMessage(message, from, options));
        return { messageId: info.messageId };
      } catch (error) {
        throw toMailError(error);
      }
    },
    close: () => transport.close(),
  };
}
