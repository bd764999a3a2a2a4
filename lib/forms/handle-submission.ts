/**
 * The path every form post takes, in this order: the honeypot, validation, the minimum fill
 * time, the rate limit, and only then `accept`, which stores the submission. Each refusal
 * keeps the visitor's values and carries a fresh fill-time seal.
 * @module
 */
import type { z } from 'zod';

import { getLogger } from '@/lib/log';
import { limitFormSubmission } from '@/lib/rate-limit';

import { isFilledByPerson, sealStartedAt, STARTED_AT_FIELD } from './fill-time';
import type { FormState } from './form-state';
import { isHoneypotFilled } from './honeypot';
import { readForm } from './read-form';

export interface SubmissionContext {
  /** Names the form in logs, e.g. 'contact'. */
  form: string;
  secret: string;
  clientAddress: string;
  now?: number;
}

export interface SubmissionSpec<S extends z.ZodObject, F extends string & keyof z.infer<S>> {
  schema: S;
  fields: readonly F[];
  /** The thank-you: what happens next. */
  successMessage: string;
  /** Stores the submission; throws when it cannot. */
  accept: (data: z.infer<S>) => Promise<void> | void;
}

/** Runs a form post through the spam checks and validation, then `accept`. */
export async function handleSubmission<S extends z.ZodObject, F extends string & keyof z.infer<S>>(
  spec: SubmissionSpec<S, F>,
  formData: FormData,
  context: SubmissionContext,
): Promise<FormState<F>> {
  const log = getLogger();
  const startedAt = await sealStartedAt(context.secret, context.now);
  const answer = (state: Omit<FormState<F>, 'startedAt'>): FormState<F> => ({
    ...state,
    startedAt,
  });

  // A bot that filled the honeypot is told it succeeded: an error would teach it which field
  // gave it away. Nothing is stored.
  if (isHoneypotFilled(formData)) {
    log.info({ form: context.form }, 'forms.honeypot_filled');
    return answer({ status: 'success', message: spec.successMessage, fieldErrors: {}, values: {} });
  }

  const read = readForm(spec.schema, spec.fields, formData);
  if (!read.success) {
    const count = Object.keys(read.fieldErrors).length;
    log.info({ form: context.form, fields: Object.keys(read.fieldErrors) }, 'forms.invalid');
    return answer({
      status: 'invalid',
      message:
        count === 1
          ? 'Please correct 1 field, then send the form again.'
          : `Please correct ${count} fields, then send the form again.`,
      fieldErrors: read.fieldErrors,
      values: read.values,
    });
  }
  const kept = { fieldErrors: {}, values: read.values };

  if (!(await isFilledByPerson(formData.get(STARTED_AT_FIELD), context.secret, context.now))) {
    log.info({ form: context.form }, 'forms.too_fast');
    return answer({
      status: 'retry',
      message:
        'That was quicker than we expected anyone to fill in the form. ' +
        'Please check your entries and send it again.',
      ...kept,
    });
  }

  const limit = limitFormSubmission(context.clientAddress);
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
    log.warn({ form: context.form }, 'forms.rate_limited');
    return answer({
      status: 'limited',
      message:
        'You have sent several forms in a short time. ' +
        `Please wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and send it again.`,
      ...kept,
    });
  }

  try {
    await spec.accept(read.data);
  } catch (error) {
    log.error({ form: context.form, err: (error as Error).name }, 'forms.store_failed');
    return answer({
      status: 'unavailable',
      message: 'We could not save your form just now. Please send it again in a minute.',
      ...kept,
    });
  }
  log.info({ form: context.form }, 'forms.accepted');
  return answer({ status: 'success', message: spec.successMessage, fieldErrors: {}, values: {} });
}
