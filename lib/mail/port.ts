/**
 * Outgoing mail. Two adapters: nodemailer to SMTP_URL, or the local mailbox (files in
 * DATA_DIR/mailbox, listed at /dev/mailbox).
 * @module
 */

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post for newsletter mail. */
  headers?: Record<string, string>;
}

export interface SendOptions {
  /**
   * A key that is the same each time this mail is sent (the outbox's submission id). It
   * becomes the Message-ID, so a mail resent after a lost answer is recognisable as the same
   * one; the local mailbox keeps only the first.
   */
  idempotencyKey?: string;
}

export interface SentMail {
  messageId: string;
}

export interface Mailer {
  send(message: MailMessage, options?: SendOptions): Promise<SentMail>;
  /** Closes pooled connections; the mailer is not used afterwards. */
  close?(): void;
}

/**
 * A mail that was not sent. `code` is nodemailer's or the mailbox's (ECONNECTION, EENVELOPE,
 * …), `responseCode` the SMTP server's answer when there was one. `retryable` is false for a
 * permanent refusal (a 5xx answer), so the outbox dead-letters it instead of retrying. The
 * message never quotes the server's answer, which may contain the recipient's address.
 */
export class MailError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  readonly responseCode?: number;

  constructor(
    code: string,
    message: string,
    options: { retryable: boolean; responseCode?: number; cause?: unknown },
  ) {
    super(message, { cause: options.cause });
    this.name = 'MailError';
    this.code = code;
    this.retryable = options.retryable;
    this.responseCode = options.responseCode;
  }
}
