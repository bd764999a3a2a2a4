'use client';

import { useActionState, useRef, type ReactNode } from 'react';

import { idleState, type FormState } from '@/lib/forms/form-state';

import { FormFrame } from './form-frame';
import { SpamFields } from './spam-fields';
import { SubmitButton } from './submit-button';
import { useBodySizeGuard } from './use-body-size-guard';
import { useFocusFirstError } from './use-focus-first-error';

export interface VisitorFormProps<F extends string> {
  formId: string;
  title: string;
  /** Each field's label, in the order the fields stand: the error summary links them so. */
  labels: Record<F, string>;
  action: (previous: unknown, formData: unknown) => Promise<FormState<F>>;
  startedAt: string;
  submitLabel: string;
  pendingLabel: string;
  /** The form's own fields, given the answer so far and the first field in error. */
  children: (state: FormState<F>, firstInvalid: F | undefined) => ReactNode;
}

/**
 * What the contact and newsletter forms share: the server action's answer (without
 * JavaScript the page comes back with it; with it, it replaces the state in place), the size
 * check before sending, focus on the first error, the title, the status regions, the anti-spam
 * fields and the submit button.
 */
export function VisitorForm<F extends string>({
  formId,
  title,
  labels,
  action,
  startedAt,
  submitLabel,
  pendingLabel,
  children,
}: VisitorFormProps<F>) {
  const [answer, formAction, isPending] = useActionState(action, idleState<F>(startedAt));
  const { state, onSubmit } = useBodySizeGuard(answer);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const firstInvalid = (Object.keys(labels) as F[]).find((field) => field in state.fieldErrors);

  return (
    <FormFrame
      formId={formId}
      title={title}
      formRef={form}
      action={formAction}
      onSubmit={onSubmit}
      state={state}
      labels={labels}
    >
      {children(state, firstInvalid)}
      <SpamFields formId={formId} startedAt={state.startedAt} />
      <SubmitButton isPending={isPending} label={submitLabel} pendingLabel={pendingLabel} />
    </FormFrame>
  );
}
