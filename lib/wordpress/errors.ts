/** Why content could not be had; a closed set so routes can map each to a status and text. */
export type ContentErrorCode = 'unavailable';

/** The content port's one error class; `cause` keeps what the adapter saw. */
export class ContentError extends Error {
  readonly code: ContentErrorCode;

  constructor(code: ContentErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'ContentError';
    this.code = code;
  }
}
