'use client';

import { useState } from 'react';

import type { FormState } from '@/lib/forms/form-state';

/** Where the form posts with JavaScript: app/api/jobs/apply/route.ts. */
const UPLOAD_URL = '/api/jobs/apply/';

const CONNECTION_FAILED =
  'Your application could not be sent: the connection was lost. Nothing was saved. ' +
  'Please check your connection and send it again.';

function isFormState(value: unknown): value is FormState {
  if (typeof value !== 'object' || value === null) return false;
  const state = value as Record<string, unknown>;
  return typeof state.status === 'string' && typeof state.message === 'string';
}

/**
 * Sends the form's data by XMLHttpRequest, which (unlike fetch) reports the upload's
 * progress: `progress` is the share sent (0 to 1) while sending, null otherwise. The answer is
 * the server's form state, as the server action would give it.
 */
export function useApplyUpload<F extends string>(fallback: FormState<F>) {
  const [progress, setProgress] = useState<number | null>(null);
  const [answer, setAnswer] = useState<FormState<F> | null>(null);

  function upload(data: FormData) {
    const request = new XMLHttpRequest();
    request.open('POST', UPLOAD_URL);
    request.responseType = 'json';
    request.setRequestHeader('accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) setProgress(event.loaded / event.total);
    };
    request.onload = () => {
      setProgress(null);
      const body: unknown = request.response;
      setAnswer(
        isFormState(body)
          ? (body as FormState<F>)
          : { ...fallback, status: 'unavailable', message: CONNECTION_FAILED, fieldErrors: {} },
      );
    };
    request.onerror = () => {
      setProgress(null);
      setAnswer({
        ...fallback,
        status: 'unavailable',
        message: CONNECTION_FAILED,
        fieldErrors: {},
      });
    };
    setProgress(0);
    request.send(data);
  }

  return { answer, setAnswer, progress, upload };
}
