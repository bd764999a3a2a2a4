'use client';

import { LIMITS } from '@/lib/forms/limits';

import { FormField } from '../form-field';
import { VisitorForm } from '../visitor-form';
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
  return (
    <VisitorForm
      formId={formId}
      title="Send us a message"
      labels={LABELS}
      action={submitContact}
      startedAt={startedAt}
      submitLabel="Send message"
      pendingLabel="Sending…"
    >
      {(state, firstInvalid) => {
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
          <>
            <FormField {...field('name')} isRequired autoComplete="name" />
            <FormField {...field('email')} isRequired type="email" autoComplete="email" />
            <FormField {...field('company')} autoComplete="organization" />
            <FormField {...field('phone')} type="tel" autoComplete="tel" />
            <FormField {...field('message')} isRequired multiline />
          </>
        );
      }}
    </VisitorForm>
  );
}
