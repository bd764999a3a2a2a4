/**
 * The mail that confirms an application to the applicant. Anyone can type any address into
 * the form, so it carries no text the applicant chose (no name, no motivation): only the
 * job, the file name's type and what happens next.
 * @module
 */
import type { MailMessage } from '@/lib/mail/port';

import { PRIVACY_STATEMENT_PATH } from './apply-limits';

interface ApplicationMailInput {
  to: string;
  /** The job's title as the ATS has it, or null when it could not be read just then. */
  jobTitle: string | null;
  jobId: number;
  siteUrl: string;
}

export function applicationConfirmationMail(input: ApplicationMailInput): MailMessage {
  const job = input.jobTitle ? `“${input.jobTitle}”` : `the job with reference ${input.jobId}`;
  return {
    to: input.to,
    subject: 'We received your job application',
    text: [
      'Hello,',
      '',
      `thank you for applying for ${job}. Your application and resume have reached us, and our`,
      'hiring team will get back to you within two weeks.',
      '',
      'If you did not apply, someone typed your address by mistake: write to',
      'privacy@example.com and we will delete the application.',
      '',
      `How we handle your data: ${new URL(PRIVACY_STATEMENT_PATH, input.siteUrl).href}`,
    ].join('\n'),
  };
}
