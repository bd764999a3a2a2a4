/**
 * The forms' schemas: one per form, shared by the server actions and the unit tests. The
 * limits are the fields' `maxLength` in the page too.
 * @module
 */
import { z } from 'zod';

import { emailField, lineField, phoneField, requiredCheckbox, textField } from './fields';
import { LIMITS } from './limits';

export { LIMITS } from './limits';

export const contactSchema = z.object({
  name: lineField('Name', { max: LIMITS.name, required: true }),
  email: emailField(LIMITS.email),
  company: lineField('Company', { max: LIMITS.company, required: false }),
  phone: phoneField(LIMITS.phone),
  message: textField('Message', { max: LIMITS.message, required: true }),
});

export type ContactInput = z.infer<typeof contactSchema>;
export type ContactField = keyof ContactInput;
export const CONTACT_FIELDS = Object.keys(contactSchema.shape) as ContactField[];

export const newsletterSchema = z.object({
  email: emailField(LIMITS.email),
  firstName: lineField('First name', { max: LIMITS.firstName, required: false }),
  consent: requiredCheckbox('Please tick the box to agree to receive the newsletter.'),
});

export type NewsletterInput = z.infer<typeof newsletterSchema>;
export type NewsletterField = keyof NewsletterInput;
export const NEWSLETTER_FIELDS = Object.keys(newsletterSchema.shape) as NewsletterField[];

/** The apply form's schema lives with the jobs; re-exported for the register's checks. */
export { jobApplicationSchema } from '@/lib/jobs/apply-schema';

/**
 * A full name as the CRM wants it: the last word is the last name (required by Salesforce),
 * the rest the first name. A single word (李雷, Madonna) is the last name alone. When the first
 * name would pass Salesforce's 40 characters, its trailing words move to the last name (a name
 * within LIMITS.name keeps both within their fields).
 */
export function splitName(name: string): { firstName?: string; lastName: string } {
  const words = name.split(' ').filter(Boolean);
  let cut = words.length - 1;
  while (cut > 0 && words.slice(0, cut).join(' ').length > LIMITS.firstName) cut -= 1;
  if (cut <= 0) return { lastName: words.join(' ') };
  return { firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ') };
}
