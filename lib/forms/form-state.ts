/**
 * What a form's server action answers and the form renders: a status, one message for the
 * live region, a message per invalid field, and the values to show again.
 * @module
 */

export type FormStatus = 'idle' | 'invalid' | 'retry' | 'limited' | 'unavailable' | 'success';

export interface FormState<F extends string = string> {
  status: FormStatus;
  /** The summary a screen reader announces; empty while idle. */
  message: string;
  fieldErrors: Partial<Record<F, string>>;
  /** What the visitor typed, kept when the form comes back with an error. */
  values: Partial<Record<F, string>>;
  /** A fresh fill-time seal for the next attempt (see fill-time.ts). */
  startedAt: string;
}

/** The state a form starts in. */
export function idleState<F extends string>(startedAt: string): FormState<F> {
  return { status: 'idle', message: '', fieldErrors: {}, values: {}, startedAt };
}
