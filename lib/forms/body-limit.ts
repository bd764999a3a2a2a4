/**
 * The largest form post the site takes, 1 MB (Next's default for a server action). Next's own
 * serverActions.bodySizeLimit is raised for the apply form's resume (lib/jobs/apply-limits.ts,
 * APPLY_BODY_LIMIT); proxy.ts holds every other page to this.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

/** The message when a form is over that limit; nothing was sent or saved. */
export const OVERSIZED_MESSAGE =
  'Your form is too large to send (over 1 MB). Nothing was saved. ' +
  'Please shorten your message and send it again.';
