/**
 * Fault injection for the fake Salesforce. A fault applies to the matching requests for the
 * next `times` of them, for `forMs` milliseconds, or until cleared, so a test can say
 * "answer 503 to the next two calls" or "time out for the first half of the run".
 */

export type FaultKind =
  /** The session is revoked: every token issued so far stops working; 401 INVALID_SESSION_ID. */
  | 'invalid-session'
  /** 403 REQUEST_LIMIT_EXCEEDED, the org's daily API limit. */
  | 'request-limit'
  /** 503 with an HTML maintenance page, as Salesforce's edge answers. */
  | 'unavailable'
  /** 500 UNKNOWN_EXCEPTION. */
  | 'server-error'
  /** 400 FIELD_CUSTOM_VALIDATION_EXCEPTION: an admin's validation rule refuses the record. */
  | 'validation-rule'
  /** The answer comes after `delayMs`. */
  | 'slow'
  /** The connection is destroyed without an answer. */
  | 'drop';

/** A fault as JSON (it also travels over POST /__fake/faults). */
export interface FaultSpec {
  fault: FaultKind;
  /** Applies to this many matching requests, then ends. */
  times?: number;
  /** Applies for this long from now, then ends. Without times or forMs: until cleared. */
  forMs?: number;
  /** Which requests: the REST API (default), the OAuth token endpoint, or both. */
  scope?: 'api' | 'oauth' | 'all';
  method?: string;
  /** Only requests whose path contains this text (e.g. "/sobjects/Lead"). */
  pathIncludes?: string;
  /** For slow: how long to wait before answering (default 1000). */
  delayMs?: number;
  /**
   * For slow and drop: whether the request still takes effect (a record is written) before
   * the late answer or the drop. Default: yes for slow, no for drop.
   */
  takesEffect?: boolean;
}

/** What a fault's predicate sees of a request. */
export interface FaultRequest {
  method: string;
  path: string;
  isOAuth: boolean;
}

export interface Fault extends FaultSpec {
  /** In-process only: the fault applies to requests for which this is true. */
  when?: (request: FaultRequest) => boolean;
}

interface ActiveFault {
  fault: Fault;
  remaining: number;
  until: number;
}

/** The faults in force, consulted once per request. */
export class FaultPlan {
  private faults: ActiveFault[] = [];

  add(fault: Fault): void {
    this.faults.push({
      fault,
      remaining: fault.times ?? Number.POSITIVE_INFINITY,
      until: fault.forMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + fault.forMs,
    });
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this request, if any, counting it against the fault's `times`. */
  take(request: FaultRequest): Fault | undefined {
    const now = Date.now();
    this.faults = this.faults.filter((active) => active.remaining > 0 && active.until > now);
    const active = this.faults.find(({ fault }) => matches(fault, request));
    if (!active) return undefined;
    active.remaining -= 1;
    return active.fault;
  }
}

function matches(fault: Fault, request: FaultRequest): boolean {
  const scope = fault.scope ?? 'api';
  if (scope === 'api' && request.isOAuth) return false;
  if (scope === 'oauth' && !request.isOAuth) return false;
  if (fault.method && fault.method.toUpperCase() !== request.method) return false;
  if (fault.pathIncludes && !request.path.includes(fault.pathIncludes)) return false;
  return fault.when ? fault.when(request) : true;
}
