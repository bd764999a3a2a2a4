'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';

import type { StepResult } from '@/lib/forms/newsletter-steps';

import { SubmitButton } from './submit-button';

export interface TokenStepState {
  result: 'idle' | 'unavailable' | StepResult;
}

interface TokenStepProps {
  action: (previous: unknown, formData: unknown) => Promise<TokenStepState>;
  token: string;
  intro: string;
  buttonLabel: string;
  pendingLabel: string;
  doneMessage: string;
  invalidMessage: string;
}

/**
 * One button that posts a link's token: the link itself (a GET, which mail scanners follow)
 * changes nothing; pressing the button does. Works without JavaScript like the other forms.
 */
export function TokenStep(props: TokenStepProps) {
  const [state, formAction, isPending] = useActionState<TokenStepState, FormData>(props.action, {
    result: 'idle',
  });
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.result !== 'idle') result.current?.focus();
  }, [state]);

  const message =
    state.result === 'done'
      ? props.doneMessage
      : state.result === 'invalid-token'
        ? props.invalidMessage
        : state.result === 'unavailable'
          ? 'That did not work just now. Please press the button again in a minute.'
          : state.result === 'limited'
            ? 'You have sent several forms in a short time. Please wait a few minutes and press the button again.'
            : '';

  return (
    <div className="space-y-4">
      <div
        ref={result}
        tabIndex={-1}
        role="status"
        className={message ? 'rounded border-2 p-4' : undefined}
      >
        {message ? <p className="font-semibold">{message}</p> : null}
        {state.result === 'invalid-token' ? (
          <p className="mt-2">
            <Link href="/newsletter/" className="underline">
              Sign up for the newsletter again
            </Link>
          </p>
        ) : null}
      </div>
      {state.result === 'done' ? null : (
        <form action={formAction} className="space-y-4">
          <p>{props.intro}</p>
          <input type="hidden" name="token" value={props.token} />
          <SubmitButton
            isPending={isPending}
            label={props.buttonLabel}
            pendingLabel={props.pendingLabel}
          />
        </form>
      )}
    </div>
  );
}
