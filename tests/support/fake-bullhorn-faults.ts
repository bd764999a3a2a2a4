/**
 * Fault injection for the fake Bullhorn. A fault applies to the matching requests for the
 * next `times` of them, for `forMs` milliseconds, or until cleared.
 */

export type BullhornFaultKind =
  /** 500 with a JSON error body. */
  | 'server-error'
  /** 503 with an HTML page, as a load balancer in maintenance answers. */
  | 'unavailable'
  /** The answer comes after `delayMs`. */
  | 'slow'
  /** The connection is destroyed without an answer. */
  | 'drop'
  /** 200 with a body cut off in the middle of its JSON. */
  | 'malformed-json';

/** A fault as JSON (it also travels over POST /__fake/faults). */
export interface BullhornFaultSpec {
  fault: BullhornFaultKind;
  /** Applies to this many matching requests, then ends. */
  times?: number;
  /** Applies for this long from now, then ends. Without times or forMs: until cleared. */
  forMs?: number;
  method?: string;
  /** Only requests whose path contains this text (e.g. "/apply/"). */
  pathIncludes?: string;
  /** For slow: how long to wait before answering (default 1000). */
  delayMs?: number;
  /**
   * For slow, drop and malformed-json: whether the request still takes effect (an application
   * is stored) before the late, lost or broken answer. Default: no for drop, yes otherwise.
   */
  takesEffect?: boolean;
}

interface ActiveFault {
  spec: BullhornFaultSpec;
  remaining: number;
  until: number;
}

/** The faults in force, consulted once per request. */
export class BullhornFaultPlan {
  private faults: ActiveFault[] = [];

  add(spec: BullhornFaultSpec): void {
    this.faults.push({
      spec,
      remaining: spec.times ?? Number.POSITIVE_INFINITY,
      until: spec.forMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + spec.forMs,
    });
  }

  clear(): void {
    this.faults = [];
  }

  /** The fault for this request, if any, counting it against the fault's `times`. */
  take(method: string, path: string): BullhornFaultSpec | undefined {
    const now = Date.now();
    this.faults = this.faults.filter((active) => active.remaining > 0 && active.until > now);
    const active = this.faults.find(
      ({ spec }) =>
        (!spec.method || spec.method.toUpperCase() === method) &&
        (!spec.pathIncludes || path.includes(spec.pathIncludes)),
    );
    if (!active) return undefined;
    active.remaining -= 1;
    return active.spec;
  }
}

/** Whether the faulty request is still carried out. */
export function faultTakesEffect(spec: BullhornFaultSpec): boolean {
  if (spec.fault === 'server-error' || spec.fault === 'unavailable') return false;
  return spec.takesEffect ?? spec.fault !== 'drop';
}
