'use client';

import { useActionState, useEffect, useRef } from 'react';

import { SubmitButton } from '@/components/forms/submit-button';

import { requestSignInLink, type LoginState } from './login-actions';

const IDLE: LoginState = { status: 'idle', message: '' };

/** The email field that asks for a sign-in link; works without JavaScript. */
export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction, isPending] = useActionState(requestSignInLink, IDLE);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') alert.current?.focus();
  }, [state]);
  const isInvalid = state.status === 'invalid';

  return (
    <form
      action={formAction}
      noValidate
      aria-labelledby="login-title"
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="login-title" className="text-xl font-semibold">
        Sign in with a link by email
      </h2>
      <div
        ref={alert}
        id="login-alert"
        tabIndex={-1}
        role="alert"
        className={state.message ? 'rounded border-2 border-red-700 bg-red-50 p-4' : undefined}
      >
        {state.message ? <p className="font-semibold">{state.message}</p> : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="login-email" className="block font-medium">
          Email address
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          aria-invalid={isInvalid || undefined}
          aria-describedby={isInvalid ? 'login-alert' : undefined}
          className="w-full rounded border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <SubmitButton isPending={isPending} label="Email me a sign-in link" pendingLabel="Sending…" />
    </form>
  );
}
