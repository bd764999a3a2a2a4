'use client';

import { useActionState, useRef } from 'react';

import { idleState } from '@/lib/forms/form-state';
import { LIMITS } from '@/lib/forms/limits';

import { FormField } from '../form-field';
import { FormStatus } from '../form-status';
import { SpamFields } from '../spam-fields';
import { SubmitButton } from '../submit-button';
import { useBodySizeGuard } from '../use-body-size-guard';
import { useFocusFirstError } from '../use-focus-first-error';
import { submitContact } from './actions';

const LABELS = {
  name: 'Name',
  email: 'Email',
  company: 'Company',
  phone: 'Phone',
  message: 'Message',
};

/**
 * The contact form. Without JavaScript it posts to the server action and the page comes back
 * with the answer; with it, the answer replaces the form's state in place.
 */
export function ContactForm({
  startedAt,
  formId = 'contact',
}: {
  startedAt: string;
  formId?: string;
}) {
  const [answer, formAction, isPending] = useActionState(submitContact, idleState(startedAt));
  const { state, onSubmit } = useBodySizeGuard(answer);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const firstInvalid = Object.keys(LABELS).find((field) => field in state.fieldErrors);
  const field = (name: keyof typeof LABELS) => ({
    formId,
    name,
    label: LABELS[name],
    error: state.fieldErrors[name],
    defaultValue: state.values[name],
    maxLength: LIMITS[name],
    autoFocus: firstInvalid === name,
  });

  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={`${formId}-title`}
      className="relative space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id={`${formId}-title`} className="text-xl font-semibold">
        Send us a message
      </h2>
      <FormStatus formId={formId} state={state} labels={LABELS} />
      <FormField {...field('name')} isRequired autoComplete="name" />
      <FormField {...field('email')} isRequired type="email" autoComplete="email" />
      <FormField {...field('company')} autoComplete="organization" />
      <FormField {...field('phone')} type="tel" autoComplete="tel" />
      <FormField {...field('message')} isRequired multiline />
      <SpamFields formId={formId} startedAt={state.startedAt} />
      <SubmitButton isPending={isPending} label="Send message" pendingLabel="Sending…" />
    </form>
  );
}
