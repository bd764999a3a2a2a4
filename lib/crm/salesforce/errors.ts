/**
 * Turns what jsforce throws into CrmErrors, by Salesforce's error codes and HTTP statuses,
 * never by message text. Salesforce's messages can quote the submitted values (an invalid
 * email, a value too long), so they stay in `cause` and never reach `message`.
 * @module
 */
import { CrmError } from '@/lib/crm/port';

/**
 * Codes that a later attempt can get past: limits, overload, locks, a session that could not
 * be renewed just now. Everything else Salesforce answers (validation, missing fields,
 * duplicates, unknown fields, access) needs a person, so the outbox dead-letters it.
 */
const RETRYABLE_CODES = new Set([
  'REQUEST_LIMIT_EXCEEDED',
  'SERVER_UNAVAILABLE',
  'UNKNOWN_EXCEPTION',
  'UNABLE_TO_LOCK_ROW',
  'REQUEST_RUNNING_TOO_LONG',
  'QUERY_TIMEOUT',
  'INVALID_SESSION_ID',
  'TIMEOUT',
  'CONNECTION_FAILED',
]);

/** Retryable codes that are worth a second try within the same call, after a short pause. */
const RETRY_NOW_CODES = new Set([
  'REQUEST_LIMIT_EXCEEDED',
  'SERVER_UNAVAILABLE',
  'UNKNOWN_EXCEPTION',
  'UNABLE_TO_LOCK_ROW',
  'CONNECTION_FAILED',
]);

interface JsforceApiError extends Error {
  errorCode: string;
  data?: unknown;
}

function isJsforceApiError(error: unknown): error is JsforceApiError {
  return error instanceof Error && typeof (error as { errorCode?: unknown }).errorCode === 'string';
}

/** node-fetch's network failures (reset, refused, socket hang up) carry this name. */
function isNetworkError(error: unknown): error is Error & { code?: string } {
  return error instanceof Error && error.name === 'FetchError';
}

function isServerStatus(status: number | undefined, code: string): boolean {
  if (status !== undefined) return status >= 500 || status === 429;
  return /^ERROR_HTTP_(5\d\d|429)$/.test(code);
}

function fieldsOf(data: unknown): string[] {
  const items = Array.isArray(data) ? data : [data];
  return items.flatMap((item) => {
    const fields = (item as { fields?: unknown } | null)?.fields;
    return Array.isArray(fields) ? fields.filter((f): f is string => typeof f === 'string') : [];
  });
}

function firstCode(error: JsforceApiError): string {
  if (error.errorCode !== 'MULTIPLE_API_ERRORS' || !Array.isArray(error.data)) {
    return error.errorCode;
  }
  const first = (error.data[0] as { errorCode?: unknown } | undefined)?.errorCode;
  return typeof first === 'string' ? first : error.errorCode;
}

/** Whether an error of this code is worth retrying within the same call. */
export function isWorthRetryingNow(error: CrmError): boolean {
  return RETRY_NOW_CODES.has(error.code) || /^ERROR_HTTP_5\d\d$/.test(error.code);
}

/**
 * The CrmError for a failed REST call. `operation` names it for the message (e.g. "upsert
 * Lead"); `status` is the HTTP status, when an answer came.
 */
export function toCrmError(error: unknown, operation: string, status?: number): CrmError {
  if (error instanceof CrmError) return error;
  if (isNetworkError(error)) {
    return new CrmError('CONNECTION_FAILED', `Salesforce ${operation}: connection failed`, {
      retryable: true,
      cause: error,
    });
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return new CrmError('TIMEOUT', `Salesforce ${operation}: no answer in time`, {
      retryable: true,
      cause: error,
    });
  }
  if (isJsforceApiError(error)) {
    const code = firstCode(error);
    const fields = fieldsOf(error.data);
    const retryable = RETRYABLE_CODES.has(code) || isServerStatus(status, code);
    const where = status === undefined ? '' : ` (HTTP ${status})`;
    const which = fields.length > 0 ? ` [${fields.join(', ')}]` : '';
    return new CrmError(code, `Salesforce ${operation}: ${code}${where}${which}`, {
      retryable,
      cause: error,
    });
  }
  return new CrmError('UNEXPECTED', `Salesforce ${operation}: unexpected failure`, {
    retryable: true,
    cause: error,
  });
}

/** OAuth error codes that mean the credentials or the connected app are wrong. */
const CONFIGURATION_ERRORS = /^(invalid_|unsupported_|inactive_)/;

/**
 * The CrmError for a failed token request. jsforce names the error after OAuth's `error`
 * field (invalid_grant, invalid_client_id, …) or ERROR_HTTP_<status> when the body was not
 * OAuth's. Wrong credentials are not retryable: retrying cannot fix them, and repeated
 * failed password logins lock the integration user out.
 */
export function toLoginError(error: unknown, flow: 'username-password' | 'client-credentials') {
  if (error instanceof CrmError) return error;
  if (error instanceof Error && CONFIGURATION_ERRORS.test(error.name)) {
    const check =
      flow === 'username-password'
        ? 'SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET, SALESFORCE_USERNAME and SALESFORCE_PASSWORD (with the security token)'
        : 'SALESFORCE_CLIENT_ID, SALESFORCE_CLIENT_SECRET, the My Domain login URL and the connected app’s run-as user';
    return new CrmError(
      error.name,
      `Salesforce refused the ${flow} login (${error.name}); check ${check}`,
      {
        retryable: false,
        cause: error,
      },
    );
  }
  if (error instanceof Error && /^ERROR_HTTP_\d{3}$/.test(error.name)) {
    const retryable = isServerStatus(undefined, error.name);
    return new CrmError(error.name, `Salesforce ${flow} login: ${error.name}`, {
      retryable,
      cause: error,
    });
  }
  return toCrmError(error, `${flow} login`);
}
