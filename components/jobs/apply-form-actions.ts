'use server';

import type { FormState } from '@/lib/forms/form-state';
import { APPLY_FORM, applyForJob } from '@/lib/jobs/apply';
import type { JobApplicationField } from '@/lib/jobs/apply-schema';

import { getSubmissionContext } from '../forms/request-context';

/**
 * The apply form's server action, for a browser without JavaScript (with it, the form posts to
 * /api/jobs/apply/ to show the upload's progress; both run applyForJob). Its arguments are
 * whatever the request carried, so they are checked, not trusted.
 */
export async function applyForJobAction(
  _previous: unknown,
  formData: unknown,
): Promise<FormState<JobApplicationField>> {
  return applyForJob(formData, await getSubmissionContext(APPLY_FORM));
}
