'use client';

import { useActionState, useRef } from 'react';

import { idleState } from '@/lib/forms/form-state';
import { NEWSLETTER_CONSENT } from '@/lib/forms/newsletter-consent';
import { LIMITS } from '@/lib/forms/limits';

import { FormField } from '../form-field';
import { FormStatus } from '../form-status';
import { SpamFields } from '../spam-fields';
import { SubmitButton } from '../submit-button';
import { useBodySizeGuard } from '../use-body-size-guard';
import { useFocusFirstError } from '../use-focus-first-error';
import { signUpForNewsletter } from './actions';

const LABELS = { email: 'Email', firstName: 'First name', consent: 'Consent' };

/** The newsletter sign-up; the first step of the double opt-in. */
export function NewsletterForm({
  startedAt,
  formId = 'newsletter',
}: {
  startedAt: string;
  formId?: string;
}) {
  const [answer, formAction, isPending] = useActionState(signUpForNewsletter, idleState(startedAt));
  const { state, onSubmit } = useBodySizeGuard(answer);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const firstInvalid = Object.keys(LABELS).find((field) => field in state.fieldErrors);
  const consentError = state.fieldErrors.consent;
  const consentId = `${formId}-consent`;

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
        Subscribe to our newsletter
      </h2>
      <FormStatus formId={formId} state={state} labels={LABELS} />
      <FormField
        formId={formId}
        name="email"
        label={LABELS.email}
        type="email"
        autoComplete="email"
        isRequired
        maxLength={LIMITS.email}
        error={state.fieldErrors.email}
        defaultValue={state.values.email}
        autoFocus={firstInvalid === 'email'}
      />
      <FormField
        formId={formId}
        name="firstName"
        label={LABELS.firstName}
        autoComplete="given-name"
        maxLength={LIMITS.firstName}
        error={state.fieldErrors.firstName}
        defaultValue={state.values.firstName}
        autoFocus={firstInvalid === 'firstName'}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id={consentId}
            name="consent"
            type="checkbox"
            value="yes"
            required
            // Kept ticked when the form comes back for another field's error.
            defaultChecked={state.values.consent === 'yes'}
            autoFocus={firstInvalid === 'consent'}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${consentId}-error` : undefined}
            className="mt-1 size-5"
          />
          <label htmlFor={consentId}>{NEWSLETTER_CONSENT.text}</label>
        </div>
        {consentError ? (
          <p id={`${consentId}-error`} className="text-sm font-medium text-red-700">
            {consentError}
          </p>
        ) : null}
      </div>
      <SpamFields formId={formId} startedAt={state.startedAt} />
      <SubmitButton isPending={isPending} label="Subscribe" pendingLabel="Subscribing…" />
    </form>
  );
}
