'use server';

import { getConfig } from '@/lib/config';
import type { FormState } from '@/lib/forms/form-state';
import { handleSubmission } from '@/lib/forms/handle-submission';
import { NEWSLETTER_CONSENT } from '@/lib/forms/newsletter-consent';
import { confirmationMail } from '@/lib/forms/newsletter-mails';
import { confirmationToken, unsubscribeToken } from '@/lib/forms/newsletter-tokens';
import { NEWSLETTER_FIELDS, newsletterSchema, type NewsletterField } from '@/lib/forms/schemas';
import { enqueueMail } from '@/lib/submissions';

import { getSubmissionContext } from '../request-context';

const THANKS =
  'Almost done: we have sent you an email. Open the link in it within 48 hours to confirm ' +
  'your subscription; until then we send you nothing else.';

/**
 * The newsletter sign-up: nothing is subscribed yet. The confirmation mail carries everything
 * the subscription needs, sealed into its link, so an address nobody confirms is never stored
 * beyond the mail itself.
 */
export async function signUpForNewsletter(
  _previous: FormState<NewsletterField>,
  formData: FormData,
): Promise<FormState<NewsletterField>> {
  const context = await getSubmissionContext('newsletter');
  return handleSubmission(
    {
      schema: newsletterSchema,
      fields: NEWSLETTER_FIELDS,
      successMessage: THANKS,
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
            firstName: name,
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
