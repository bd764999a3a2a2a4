/**
 * Turns a delivery error into what the outbox may keep: a code and a reason built only from
 * the error's class name, its code and an HTTP or SMTP status. Never the message: an outside
 * system's message may quote the data it refused (an email address, a name).
 * @module
 */

export interface DeliveryFailure {
  code: string;
  reason: string;
  retryable: boolean;
}

/** A failure the outbox itself detects (no handler, an unreadable payload, a timeout). */
export class OutboxDeliveryError extends Error {
  readonly code: string;
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'OutboxDeliveryError';
    this.code = code;
    this.retryable = options.retryable;
  }
}

// Error codes are identifiers (REQUEST_LIMIT_EXCEEDED, ECONNRESET, invalid-payload); anything
// else, say an "@" or a space, could be data and is not kept.
const SAFE_CODE = /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/;
const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

function field(error: object, key: string): unknown {
  return (error as Record<string, unknown>)[key];
}

/** Describes `error` for storage and logs; errors without `retryable: false` are retried. */
export function describeFailure(error: unknown): DeliveryFailure {
  if (typeof error !== 'object' || error === null) {
    return { code: 'unknown', reason: `thrown ${typeof error}`, retryable: true };
  }
  const rawCode = field(error, 'code');
  const code = typeof rawCode === 'string' && SAFE_CODE.test(rawCode) ? rawCode : 'unknown';
  const rawName = field(error, 'name');
  const name = typeof rawName === 'string' && SAFE_NAME.test(rawName) ? rawName : 'Error';
  const status = ['status', 'statusCode', 'responseCode']
    .map((key) => field(error, key))
    .find((value) => typeof value === 'number' && Number.isInteger(value));
  const retryable = field(error, 'retryable') !== false;
  const reason = [
    name,
    status === undefined ? '' : `status ${status}`,
    retryable ? 'retryable' : 'permanent',
  ]
    .filter(Boolean)
    .join(', ');
  return { code, reason, retryable };
}
