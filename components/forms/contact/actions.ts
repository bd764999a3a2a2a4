'use server';

import type { FormState } from '@/lib/forms/form-state';
import { handleSubmission } from '@/lib/forms/handle-submission';
import { CONTACT_FIELDS, contactSchema, splitName, type ContactField } from '@/lib/forms/schemas';
import { enqueueContact } from '@/lib/submissions';

import { getSubmissionContext } from '../request-context';

const THANKS =
  'Thank you, your message has reached us. One of us will reply by email within two ' +
  'working days.';

/**
 * The contact form's server action: validated, screened for spam, then into the outbox. Its
 * arguments are whatever the request carried, so they are checked, not trusted.
 */
export async function submitContact(
  _previous: unknown,
  formData: unknown,
): Promise<FormState<ContactField>> {
  return handleSubmission(
    {
      schema: contactSchema,
      fields: CONTACT_FIELDS,
      successMessage: THANKS,
      accept: ({ name, email, company, phone, message }) => {
        enqueueContact({
          ...splitName(name),
          email,
          company: company || undefined,
          phone: phone || undefined,
          description: message,
        });
      },
    },
    formData,
    await getSubmissionContext('contact'),
  );
}
