'use client';

import { useState, type FormEvent } from 'react';

import { OVERSIZED_MESSAGE, SERVER_ACTION_BODY_LIMIT } from '@/lib/forms/body-limit';
import type { FormState } from '@/lib/forms/form-state';

/**
 * Stops a form whose fields add up to more than a server action accepts, before it is sent:
 * Next would answer with an error that replaces the whole page and loses what was typed. Only
 * a tampered form gets here (every field has a maxLength far below), but the visitor still
 * deserves words. Without JavaScript, proxy.ts answers such a post with a page that says so.
 */
export function useBodySizeGuard<F extends string>(state: FormState<F>) {
  const [refused, setRefused] = useState<{ for: FormState<F> } | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    let bytes = 0;
    for (const [, value] of new FormData(event.currentTarget)) {
      bytes += typeof value === 'string' ? new Blob([value]).size : value.size;
    }
    // Headroom for the field names and the multipart framing.
    if (bytes > SERVER_ACTION_BODY_LIMIT * 0.95) {
      event.preventDefault();
      setRefused({ for: state });
    } else {
      setRefused(null);
    }
  }

  // A refusal belongs to the answer it was made on; a new answer from the server replaces it.
  const shown: FormState<F> =
    refused && refused.for === state
      ? { ...state, status: 'invalid', message: OVERSIZED_MESSAGE, fieldErrors: {} }
      : state;
  return { state: shown, onSubmit };
}
