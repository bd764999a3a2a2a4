'use client';

import Link from 'next/link';
import { useActionState, useEffect, useRef } from 'react';

import { confirmErasureAction, type EraseState } from './erase-actions';

/** The button that confirms an erasure request, and what happens next; works without JavaScript. */
export function EraseConfirm({ token }: { token: string }) {
  const [state, formAction, isPending] = useActionState<EraseState, FormData>(
    confirmErasureAction,
    { result: 'idle' },
  );
  const status = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.result !== 'idle') status.current?.focus();
  }, [state]);

  return (
    <div className="space-y-4">
      <div ref={status} tabIndex={-1} role="status">
        {state.result === 'done' ? (
          <div className="space-y-2 rounded border-2 p-4">
            <p className="font-semibold">
              Your request is confirmed, and you are signed out everywhere.
            </p>
            <p>
              It has reached our team. They erase your data within a month, except what the law
              makes us keep (such as invoices), and email you when it is done.
            </p>
          </div>
        ) : state.result === 'invalid-token' ? (
          <p className="font-semibold">
            This confirmation link has expired or is not valid.{' '}
            <Link href="/account/data/" className="underline">
              Sign in and ask again
            </Link>
          </p>
        ) : state.result === 'unavailable' ? (
          <p className="font-semibold">
            That did not work just now. Please press the button again in a minute.
          </p>
        ) : null}
      </div>
      {state.result === 'done' ? null : (
        <form action={formAction} className="space-y-4">
          <p>
            Press the button to confirm that we should erase your data. You will be signed out on
            every device.
          </p>
          <input type="hidden" name="token" value={token} />
          <button
            type="submit"
            aria-disabled={isPending || undefined}
            onClick={(event) => {
              if (isPending) event.preventDefault();
            }}
            className="rounded bg-red-700 px-4 py-2 font-medium text-white aria-disabled:opacity-70"
          >
            {isPending ? 'Confirming…' : 'Erase my data'}
          </button>
        </form>
      )}
    </div>
  );
}
