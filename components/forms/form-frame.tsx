'use client';

import type { FormEvent, ReactNode, RefObject } from 'react';

import type { FormState } from '@/lib/forms/form-state';

import { FormStatus } from './form-status';

interface FormFrameProps<F extends string> {
  formId: string;
  title: ReactNode;
  formRef: RefObject<HTMLFormElement | null>;
  action: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  state: FormState<F>;
  labels: Record<F, string>;
  children: ReactNode;
}

/**
 * The frame every visitor form shares: the form posting to its server action (so it works
 * without JavaScript), labelled by its heading, and the status regions that announce the
 * answer and link each error to its field.
 */
export function FormFrame<F extends string>({
  formId,
  title,
  formRef,
  action,
  onSubmit,
  state,
  labels,
  children,
}: FormFrameProps<F>) {
  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${formId}-title`}
      className="relative space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id={`${formId}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <FormStatus formId={formId} state={state} labels={labels} />
      {children}
    </form>
  );
}
