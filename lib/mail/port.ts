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

export interface SentMail {
  messageId: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SentMail>;
}
