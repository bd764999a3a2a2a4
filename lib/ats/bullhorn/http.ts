/**
 * Bullhorn's REST calls over plain fetch, each with a deadline, and the one place that turns
 * what goes wrong into AtsErrors: timeouts, dropped connections, 5xx, 429 and malformed
 * answers are retryable; any other 4xx is Bullhorn refusing the request, and is not.
 * Nothing here logs or keeps a URL: an apply URL carries the applicant's name and email.
 * @module
 */
import type { z } from 'zod';

import { AtsError } from '@/lib/ats/port';

export interface BullhornHttpConfig {
  /** …/rest-services/{corpToken}, without a trailing slash. */
  restUrl: string;
  timeoutMs: number;
}

export interface BullhornRequest {
  /** Path below restUrl, e.g. `/search/JobOrder`. */
  path: string;
  params: Record<string, string>;
  method?: 'GET' | 'POST';
  body?: FormData;
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')
  );
}

function transportError(error: unknown, step: string): AtsError {
  if (isTimeout(error)) {
    return new AtsError('timeout', `Bullhorn did not answer in time (${step})`, {
      retryable: true,
      cause: error,
    });
  }
  return new AtsError('connection_failed', `The connection to Bullhorn failed (${step})`, {
    retryable: true,
    cause: error,
  });
}

function statusError(status: number): AtsError {
  const retryable = status >= 500 || status === 429 || status === 408;
  return new AtsError(`http_${status}`, `Bullhorn answered HTTP ${status}`, { retryable });
}

/** Sends the request and answers its JSON body checked against `schema`. */
export async function requestBullhorn<T extends z.ZodType>(
  config: BullhornHttpConfig,
  request: BullhornRequest,
  schema: T,
): Promise<z.infer<T>> {
  const url = new URL(`${config.restUrl}${request.path}`);
  for (const [name, value] of Object.entries(request.params)) url.searchParams.set(name, value);
  const signal = AbortSignal.timeout(config.timeoutMs);

  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method ?? 'GET',
      headers: { accept: 'application/json' },
      body: request.body,
      signal,
      redirect: 'error',
    });
  } catch (error) {
    throw transportError(error, 'request');
  }

  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    throw transportError(error, 'answer');
  }
  if (!response.ok) throw statusError(response.status);

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new AtsError('malformed_response', 'Bullhorn answered something other than JSON', {
      retryable: true,
      cause: error,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new AtsError('malformed_response', 'Bullhorn answered JSON of an unexpected shape', {
      retryable: true,
      cause: parsed.error,
    });
  }
  return parsed.data;
}
