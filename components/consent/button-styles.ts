/**
 * The banner's and dialog's buttons. "Accept all" and "Reject all" share one style and one
 * width (wider than either label), so that neither is the easier choice.
 */
export const CHOICE_BUTTON =
  'inline-flex min-h-11 w-36 items-center justify-center rounded-md border-2 border-ink ' +
  'bg-ink px-5 font-semibold text-white hover:bg-white hover:text-ink';

export const SECONDARY_BUTTON =
  'inline-flex min-h-11 min-w-32 items-center justify-center rounded-md border-2 border-ink ' +
  'bg-white px-5 font-semibold text-ink hover:bg-ink hover:text-white';
