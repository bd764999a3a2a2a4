'use client';

import { useEffect, type RefObject } from 'react';

import type { FormState } from '@/lib/forms/form-state';

/**
 * After an answer with errors, moves focus to the first invalid field, whose label and linked
 * error a screen reader then reads; the summary has already been announced.
 */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: FormState) {
  useEffect(() => {
    if (state.status === 'idle' || state.status === 'success') return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [form, state]);
}
