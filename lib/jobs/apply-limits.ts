/**
 * The apply form's limits, apart from its schema so the form's client code can read them
 * without shipping zod. The text limits are those of Bullhorn's Candidate fields the values
 * end up in (firstName and lastName 50, email 100, phone 20 characters).
 * @module
 */

export const APPLY_LIMITS = {
  firstName: 50,
  lastName: 50,
  email: 100,
  phone: 20,
  motivation: 10_000,
} as const;

/** The largest resume accepted: 5 MB (5,242,880 bytes). */
export const RESUME_MAX_BYTES = 5 * 1024 * 1024;

/**
 * The largest apply post read: a resume at its limit, the text fields, and room for a file
 * somewhat over 5 MB, which gets the resume's own message rather than a refused request.
 * Below Next's 10 MB copy of a body for proxy.ts, past which it cuts bodies short.
 */
export const APPLY_BODY_LIMIT = 8 * 1024 * 1024;

/** What the file picker offers; the server decides by the bytes all the same. */
export const RESUME_ACCEPT =
  '.pdf,.doc,.docx,.odt,.rtf,.txt,application/pdf,application/msword,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.oasis.opendocument.text,application/rtf,text/rtf,text/plain';

export const RESUME_TOO_LARGE_MESSAGE =
  'Your resume is larger than 5 MB. Please send a smaller file (a PDF is often smallest).';

/** Where the applicant reads how their application is processed: the register's section. */
export const PRIVACY_STATEMENT_PATH = '/privacy/register/#activity-job-applications';

/** An apply post over APPLY_BODY_LIMIT, which only a tampered form or a script sends. */
export const APPLY_TOO_LARGE_MESSAGE =
  'Your application is too large to send (over 8 MB). Nothing was saved. ' +
  'Please choose a resume of at most 5 MB and send it again.';
