/**
 * The path every form post takes, in this order: the shape of the post, the honeypot,
 * validation, the minimum fill time, the receipt (a repeated post is answered like the first
 * and stores nothing), the rate limit, the form's own refusal (if any), and only then
 * `accept`, which stores the submission. Each answer carries a fresh fill-time seal.
 * @module
 */
import type { z } from 'zod';

import { getLogger } from '@/lib/log';
import { limitFormSubmission } from '@/lib/rate-limit';

import { isFilledByPerson, readStartedAt, SEAL_TTL_MS, sealStartedAt } from './fill-time';
import { STARTED_AT_FIELD } from './field-names';
import type { FormState } from './form-state';
import { isHoneypotFilled } from './honeypot';
import { readFormAsync } from './read-form';
import { submissionReceiptKey, type Receipts } from './receipts';

export interface SubmissionContext {
  /** Names the form in logs and receipts, e.g. 'contact'. */
  form: string;
  secret: string;
  clientAddress: string;
  receipts: Receipts;
  now?: number;
}

export interface SubmissionSpec<S extends z.ZodObject, F extends string & keyof z.infer<S>> {
  schema: S;
  fields: readonly F[];
  /** The thank-you: what happens next. */
  successMessage: string;
  /**
   * A reason to refuse valid data, checked after the client's rate limit (e.g. too many mails
   * to one address, or a job that is closed): the message the visitor gets, or undefined to go
   * on.
   */
  refuse?: (data: z.infer<S>) => string | undefined | Promise<string | undefined>;
  /** Stores the submission; throws when it cannot. */
  accept: (data: z.infer<S>) => Promise<void> | void;
}

const UNREADABLE =
  'Your form could not be read. Please reload the page, fill it in and send it again.';

/** Runs a form post through the spam checks and validation, then `accept`. Never throws. */
export async function handleSubmission<S extends z.ZodObject, F extends string & keyof z.infer<S>>(
  spec: SubmissionSpec<S, F>,
  formData: unknown,
  context: SubmissionContext,
): Promise<FormState<F>> {
  const log = getLogger();
  const now = context.now ?? Date.now();
  const startedAt = await sealStartedAt(context.secret, now);
  const answer = (state: Omit<FormState<F>, 'startedAt'>): FormState<F> => ({
    ...state,
    startedAt,
  });
  const thanks = () =>
    answer({ status: 'success', message: spec.successMessage, fieldErrors: {}, values: {} });

  // A server action can be called with any arguments, not only the form's own post.
  if (!(formData instanceof FormData)) {
    log.info({ form: context.form }, 'forms.not_form_data');
    return answer({ status: 'invalid', message: UNREADABLE, fieldErrors: {}, values: {} });
  }

  // A bot that filled the honeypot is told it succeeded: an error would teach it which field
  // gave it away. Nothing is stored.
  if (isHoneypotFilled(formData)) {
    log.info({ form: context.form }, 'forms.honeypot_filled');
    return thanks();
  }

  const read = await readFormAsync(spec.schema, spec.fields, formData);
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

  const seals = formData.getAll(STARTED_AT_FIELD);
  const start = seals.length === 1 ? await readStartedAt(seals[0], context.secret) : null;
  if (!start || !isFilledByPerson(start, now)) {
    log.info({ form: context.form }, 'forms.too_fast');
    return answer({
      status: 'retry',
      message:
        'That was quicker than we expected anyone to fill in the form. ' +
        'Please check your entries and send it again.',
      ...kept,
    });
  }

  // Two copies of one post sent at the same moment may both pass the check; the receipt's
  // insert-or-ignore below settles which one is stored, across processes too.
  const { receipts, form } = context;
  const receipt = submissionReceiptKey(start.instanceId, read.data, context.secret);
  let isRecorded = false;
  try {
    if (receipts.has(form, receipt)) {
      log.info({ form }, 'forms.repeated');
      return thanks();
    }

    const limit = limitFormSubmission(context.clientAddress, now);
    if (!limit.allowed) {
      const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
      log.warn({ form }, 'forms.rate_limited');
      return answer({
        status: 'limited',
        message:
          'You have sent several forms in a short time. ' +
          `Please wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and send it again.`,
        ...kept,
      });
    }

    const refusal = await spec.refuse?.(read.data);
    if (refusal !== undefined) {
      log.warn({ form }, 'forms.refused');
      return answer({ status: 'limited', message: refusal, ...kept });
    }

    isRecorded = receipts.record(form, receipt, { now, keepMs: SEAL_TTL_MS });
    if (!isRecorded) {
      log.info({ form }, 'forms.repeated');
      return thanks();
    }
    await spec.accept(read.data);
  } catch (error) {
    // Forgotten, so that sending the same form again is a real retry.
    if (isRecorded) forgetQuietly(receipts, form, receipt);
    log.error({ form, err: (error as Error).name }, 'forms.store_failed');
    return answer({
      status: 'unavailable',
      message: 'We could not save your form just now. Please send it again in a minute.',
      ...kept,
    });
  }
  log.info({ form }, 'forms.accepted');
  return thanks();
}

function forgetQuietly(receipts: Receipts, form: string, receipt: string): void {
  try {
    receipts.forget(form, receipt);
  } catch (error) {
    getLogger().error({ form, err: (error as Error).name }, 'forms.receipt_forget_failed');
  }
}
