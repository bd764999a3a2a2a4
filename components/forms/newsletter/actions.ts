'use server';

import { getConfig } from '@/lib/config';
import type { FormState } from '@/lib/forms/form-state';
import { handleSubmission } from '@/lib/forms/handle-submission';
import { NEWSLETTER_CONSENT } from '@/lib/forms/newsletter-consent';
import { confirmationMail } from '@/lib/forms/newsletter-mails';
import { confirmationToken, unsubscribeToken } from '@/lib/forms/newsletter-tokens';
import { NEWSLETTER_FIELDS, newsletterSchema, type NewsletterField } from '@/lib/forms/schemas';
import { limitConfirmationMail } from '@/lib/rate-limit';
import { enqueueMail } from '@/lib/submissions';

import { getSubmissionContext } from '../request-context';

// Says no more than needed: not whether the address is subscribed, nor who asked before.
const RECIPIENT_LIMITED =
  'We cannot send another confirmation email to this address today. If you asked for one ' +
  'earlier, please use the link in that email (and check your spam folder).';

const THANKS =
  'Almost done: we have sent you an email. Open the link in it within 48 hours to confirm ' +
  'your subscription; until then we send you nothing else.';

/**
 * The newsletter sign-up: nothing is subscribed yet. The confirmation mail carries everything
 * the subscription needs, sealed into its link, so an address nobody confirms is never stored
 * beyond the mail itself.
 */
export async function signUpForNewsletter(
  _previous: unknown,
  formData: unknown,
): Promise<FormState<NewsletterField>> {
  const context = await getSubmissionContext('newsletter');
  return handleSubmission(
    {
      schema: newsletterSchema,
      fields: NEWSLETTER_FIELDS,
      successMessage: THANKS,
      refuse: ({ email }) =>
        limitConfirmationMail(email, context.now).allowed ? undefined : RECIPIENT_LIMITED,
      accept: async ({ email, firstName }) => {
        const name = firstName || undefined;
        const [confirmation, unsubscribe] = await Promise.all([
          confirmationToken.seal(
            {
              email,
              firstName: name,
              consentText: NEWSLETTER_CONSENT.text,
              consentVersion: NEWSLETTER_CONSENT.version,
              consentAt: context.now ?? Date.now(),
            },
            context.secret,
          ),
          unsubscribeToken.seal({ email }, context.secret),
        ]);
        enqueueMail(
          confirmationMail({
            siteUrl: getConfig().siteUrl,
            to: email,
            confirmationToken: confirmation,
            unsubscribeToken: unsubscribe,
          }),
        );
      },
    },
    formData,
    context,
  );
}
