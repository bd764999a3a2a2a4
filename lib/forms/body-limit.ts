/** Next's serverActions.bodySizeLimit, left at its default of 1 MB. */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** The message when a form is over that limit; nothing was sent or saved. */
export const OVERSIZED_MESSAGE =
  'Your form is too large to send (over 1 MB). Nothing was saved. ' +
  'Please shorten your message and send it again.';
