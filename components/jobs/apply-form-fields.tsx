'use client';

import { useActionState, useRef, type FormEvent } from 'react';

import { FormField } from '@/components/forms/form-field';
import { FormFrame } from '@/components/forms/form-frame';
import { SpamFields } from '@/components/forms/spam-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { useFocusFirstError } from '@/components/forms/use-focus-first-error';
import { idleState, type FormState } from '@/lib/forms/form-state';
import {
  APPLY_LIMITS,
  PRIVACY_STATEMENT_PATH,
  RESUME_ACCEPT,
  RESUME_MAX_BYTES,
  RESUME_TOO_LARGE_MESSAGE,
} from '@/lib/jobs/apply-limits';

import { applyForJobAction } from './apply-form-actions';
import { useApplyUpload } from './apply-form-upload';

const FORM_ID = 'apply';

// In the order the fields stand: the error summary and the focus follow it.
const LABELS = {
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  resume: 'Resume',
  motivation: 'Motivation',
  consent: 'Privacy statement',
  jobId: 'Job',
};
type Field = keyof typeof LABELS;

interface ApplyFormFieldsProps {
  jobId: number;
  jobTitle: string;
  startedAt: string;
}

/**
 * The apply form. Without JavaScript it posts (multipart) to the server action and the page
 * comes back with the answer; with it, the same data goes to the upload route by
 * XMLHttpRequest, and a progress bar shows how much of the resume has been sent.
 */
export function ApplyFormFields({ jobId, jobTitle, startedAt }: ApplyFormFieldsProps) {
  const [actionAnswer, formAction, isActionPending] = useActionState(
    applyForJobAction,
    idleState<Field>(startedAt),
  );
  const { answer, setAnswer, progress, upload } = useApplyUpload<Field>(actionAnswer);
  const state: FormState<Field> = answer ?? actionAnswer;
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstError(form, state);
  const firstInvalid = (Object.keys(LABELS) as Field[]).find((name) => name in state.fieldErrors);
  const isSending = isActionPending || progress !== null;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    const data = new FormData(event.currentTarget);
    const resume = data.get('resume');
    // Refused before the upload rather than after it.
    if (resume instanceof File && resume.size > RESUME_MAX_BYTES) {
      setAnswer({
        ...state,
        status: 'invalid',
        message: 'Please correct 1 field, then send the form again.',
        fieldErrors: { resume: RESUME_TOO_LARGE_MESSAGE },
      });
      return;
    }
    upload(data);
  }

  const field = (name: Exclude<Field, 'resume' | 'consent' | 'jobId'>) => ({
    formId: FORM_ID,
    name,
    label: LABELS[name],
    error: state.fieldErrors[name],
    defaultValue: state.values[name],
    maxLength: APPLY_LIMITS[name],
    autoFocus: firstInvalid === name,
  });
  const isDone = state.status === 'success';

  return (
    <FormFrame
      formId={FORM_ID}
      title={`Apply for ${jobTitle}`}
      formRef={form}
      action={formAction}
      onSubmit={onSubmit}
      state={state}
      labels={LABELS}
    >
      {isDone ? null : (
        <>
          <input type="hidden" name="jobId" value={jobId} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField {...field('firstName')} isRequired autoComplete="given-name" />
            <FormField {...field('lastName')} isRequired autoComplete="family-name" />
          </div>
          <FormField {...field('email')} isRequired type="email" autoComplete="email" />
          <FormField {...field('phone')} type="tel" autoComplete="tel" />
          <ResumeField error={state.fieldErrors.resume} autoFocus={firstInvalid === 'resume'} />
          <FormField
            {...field('motivation')}
            multiline
            hint="Why this job, and why you: in your own words."
          />
          <ConsentField
            error={state.fieldErrors.consent}
            isTicked={state.values.consent === 'yes'}
            autoFocus={firstInvalid === 'consent'}
          />
          <SpamFields formId={FORM_ID} startedAt={state.startedAt} />
          {progress !== null ? <UploadProgress share={progress} /> : null}
          <SubmitButton
            isPending={isSending}
            label="Send application"
            pendingLabel="Sending application…"
          />
        </>
      )}
    </FormFrame>
  );
}

function ResumeField({ error, autoFocus }: { error?: string; autoFocus: boolean }) {
  const id = `${FORM_ID}-resume`;
  const describedBy = [error ? `${id}-error` : null, `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        Resume
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        PDF, Word (DOC or DOCX), OpenDocument (ODT), RTF or plain text, at most 5 MB. After an error
        without JavaScript, please choose the file again.
      </p>
      <input
        id={id}
        name="resume"
        type="file"
        accept={RESUME_ACCEPT}
        required
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded border border-slate-500 bg-white px-3 py-2"
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function ConsentField(props: { error?: string; isTicked: boolean; autoFocus: boolean }) {
  const id = `${FORM_ID}-consent`;
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={id}
          name="consent"
          type="checkbox"
          value="yes"
          required
          defaultChecked={props.isTicked}
          autoFocus={props.autoFocus}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={props.error ? `${id}-error` : undefined}
          className="mt-1 size-5"
        />
        <label htmlFor={id}>
          I have read the{' '}
          <a href={PRIVACY_STATEMENT_PATH} target="_blank" rel="noopener" className="underline">
            privacy statement on job applications
          </a>{' '}
          (opens in a new tab) and agree that my application is processed as it describes.
        </label>
      </div>
      {props.error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

function UploadProgress({ share }: { share: number }) {
  const percent = Math.round(share * 100);
  return (
    <div className="space-y-1">
      <label htmlFor={`${FORM_ID}-progress`} className="block text-sm font-medium">
        Sending your application: {percent}%
      </label>
      <progress id={`${FORM_ID}-progress`} max={100} value={percent} className="w-full">
        {percent}%
      </progress>
    </div>
  );
}
