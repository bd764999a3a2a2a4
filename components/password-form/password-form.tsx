'use client';

import { useActionState, useId } from 'react';

import { unlockEntry, type UnlockState } from './actions';

/** WordPress's post-password form; works without JavaScript through the server action. */
export function PasswordForm({ uri }: { uri: string }) {
  const [state, formAction, isPending] = useActionState<UnlockState, FormData>(unlockEntry, {});
  const inputId = useId();
  const errorId = `${inputId}-error`;

  return (
    <form
      action={formAction}
      className="max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <p>This content is password protected. To view it please enter the password below.</p>
      <input type="hidden" name="uri" value={uri} />
      <label htmlFor={inputId} className="block font-medium">
        Password
      </label>
      <input
        id={inputId}
        name="password"
        type="password"
        required
        autoComplete="off"
        aria-invalid={state.error ? true : undefined}
        aria-describedby={state.error ? errorId : undefined}
        className="w-full rounded border border-slate-400 px-3 py-2"
      />
      <p id={errorId} role="alert" className="min-h-6 text-sm text-red-700">
        {state.error ?? ''}
      </p>
      <button
        type="submit"
        disabled={isPending}
        className="rounded bg-accent px-4 py-2 font-medium text-white disabled:opacity-60"
      >
        {isPending ? 'Checking…' : 'Enter'}
      </button>
    </form>
  );
}
