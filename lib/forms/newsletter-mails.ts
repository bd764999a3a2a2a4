/**
 * The newsletter's mails, as plain text: the confirmation that starts the double opt-in and
 * the welcome after it. Each carries List-Unsubscribe and List-Unsubscribe-Post (RFC 8058),
 * so a mail client can offer its own unsubscribe button.
 * @module
 */
import type { MailMessage } from '@/lib/mail/port';

import { confirmUrl, oneClickUnsubscribeUrl, unsubscribePageUrl } from './newsletter-links';

interface NewsletterMailInput {
  siteUrl: string;
  to: string;
  firstName?: string;
  unsubscribeToken: string;
}

function listHeaders(siteUrl: string, token: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${oneClickUnsubscribeUrl(siteUrl, token)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

const greeting = (firstName?: string) => (firstName ? `Hello ${firstName},` : 'Hello,');

/**
 * The mail whose link confirms a sign-up; nothing is subscribed until it is followed. Anyone
 * can ask for it to be sent to any address, so it carries no text the asker chose: no name.
 */
export function confirmationMail(
  input: Omit<NewsletterMailInput, 'firstName'> & { confirmationToken: string },
): MailMessage {
  const link = confirmUrl(input.siteUrl, input.confirmationToken);
  return {
    to: input.to,
    subject: 'Please confirm your newsletter subscription',
    text: [
      'Hello,',
      '',
      'someone, hopefully you, asked to receive the Portico newsletter at this address.',
      'To confirm, open this link within 48 hours and press the button on the page:',
      '',
      link,
      '',
      'If it was not you, ignore this mail: without confirmation nothing is subscribed.',
      '',
      `Never want mail like this again: ${unsubscribePageUrl(input.siteUrl, input.unsubscribeToken)}`,
    ].join('\n'),
    headers: listHeaders(input.siteUrl, input.unsubscribeToken),
  };
}

/** The first newsletter mail, once the address is confirmed. */
export function welcomeMail(input: NewsletterMailInput): MailMessage {
  return {
    to: input.to,
    subject: 'Welcome to the Portico newsletter',
    text: [
      greeting(input.firstName),
      '',
      'your subscription is confirmed. The next issue arrives in your inbox within a month.',
      '',
      `Unsubscribe at any time: ${unsubscribePageUrl(input.siteUrl, input.unsubscribeToken)}`,
    ].join('\n'),
    headers: listHeaders(input.siteUrl, input.unsubscribeToken),
  };
}
