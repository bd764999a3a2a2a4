'use client';

import { LIMITS } from '@/lib/forms/limits';
import { NEWSLETTER_CONSENT } from '@/lib/forms/newsletter-consent';

import { FormField } from '../form-field';
import { VisitorForm } from '../visitor-form';
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
  const consentId = `${formId}-consent`;
  return (
    <VisitorForm
      formId={formId}
      title="Subscribe to our newsletter"
      labels={LABELS}
      action={signUpForNewsletter}
      startedAt={startedAt}
      submitLabel="Subscribe"
      pendingLabel="Subscribing…"
    >
      {(state, firstInvalid) => {
        const consentError = state.fieldErrors.consent;
        return (
          <>
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
          </>
        );
      }}
    </VisitorForm>
  );
}
