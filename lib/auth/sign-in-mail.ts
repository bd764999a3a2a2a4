/**
 * The customer's mails: the sign-in link and the erasure confirmation, as plain text.
 * @module
 */
import type { MailMessage } from '@/lib/mail/port';

import { SIGN_IN_LINK_TTL_SECONDS } from './tunables';

const LINK_MINUTES = SIGN_IN_LINK_TTL_SECONDS / 60;

/** The mail with a one-time sign-in link; sent only to an address that has an account. */
export function signInMail({ to, url }: { to: string; url: string }): MailMessage {
  return {
    to,
    subject: 'Your sign-in link',
    text: [
      'Hello,',
      '',
      `someone, hopefully you, asked to sign in to your account. This link works once,`,
      `for ${LINK_MINUTES} minutes:`,
      '',
      url,
      '',
      'If it was not you, ignore this mail: nobody can sign in without the link.',
    ].join('\n'),
  };
}

/** The mail whose link confirms a customer's request to be forgotten. */
export function erasureConfirmationMail({ to, url }: { to: string; url: string }): MailMessage {
  return {
    to,
    subject: 'Confirm that we should erase your data',
    text: [
      'Hello,',
      '',
      'you asked us to erase the data we hold about you. To confirm, open this link within',
      `${LINK_MINUTES} minutes and press the button on the page:`,
      '',
      url,
      '',
      'If you did not ask for this, ignore this mail: nothing is erased without confirmation.',
    ].join('\n'),
  };
}
