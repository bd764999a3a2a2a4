/** The cookie that remembers a post's password, as WordPress's wp-postpass cookie does. */
export const UNLOCK_COOKIE = 'portico-postpass';

/**
 * A one-minute note that the last password attempt on a page failed, and why; it lets the
 * form show its error without client-side state, so it works without JavaScript.
 */
export const UNLOCK_ERROR_COOKIE = 'portico-postpass-error';

/** Why an attempt failed, and what the form says about it. */
export const UNLOCK_ERRORS = {
  empty: 'Enter the password.',
  wrong: 'That password is not right. Please try again.',
  unavailable: 'The content could not be loaded just now. Please try again in a minute.',
} as const;

export type UnlockError = keyof typeof UNLOCK_ERRORS;

/** The message for a cookie's value, or undefined for anything we did not write. */
export function unlockErrorMessage(value: string | undefined): string | undefined {
  return value && value in UNLOCK_ERRORS ? UNLOCK_ERRORS[value as UnlockError] : undefined;
}
