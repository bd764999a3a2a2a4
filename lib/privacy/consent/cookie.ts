/**
 * The consent cookie's value: the choice as base64url JSON, then an HMAC-SHA256 of it. Script
 * may read the cookie (the banner needs to know a choice exists), but only the server, which
 * holds the key, decides whether it is genuine: anything altered, truncated or malformed
 * counts as no choice.
 * @module
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import { isOptionalCategory, normalizeCategories, type OptionalCategory } from './categories';

export { CONSENT_COOKIE } from './cookie-name';

/** A choice is kept for six months, then asked again. */
export const CONSENT_MAX_AGE_SECONDS = 182 * 24 * 60 * 60;

const CONSENT_ID = /^[A-Za-z0-9_-]{16,64}$/;
const CLOCK_SKEW_SECONDS = 24 * 60 * 60;

/** A visitor's choice as the cookie holds it. */
export interface ConsentRecord {
  /** Random id linking this browser's choices in the proof log; never derived from the person. */
  id: string;
  version: string;
  categories: OptionalCategory[];
  /** Unix seconds of the choice. */
  decidedAt: number;
}

interface Wire {
  i: string;
  v: string;
  c: string[];
  t: number;
}

function sign(payload: string, key: Buffer): string {
  return createHmac('sha256', key).update(payload).digest('base64url');
}

/** The cookie value for a record. */
export function encodeConsentCookie(record: ConsentRecord, key: Buffer): string {
  const wire: Wire = {
    i: record.id,
    v: record.version,
    c: record.categories,
    t: record.decidedAt,
  };
  const payload = Buffer.from(JSON.stringify(wire)).toString('base64url');
  return `${payload}.${sign(payload, key)}`;
}

/**
 * The record in a cookie value, or null when the value is missing, unsigned, altered, not our
 * format, or older than {@link CONSENT_MAX_AGE_SECONDS}.
 */
export function decodeConsentCookie(
  value: string | undefined,
  key: Buffer,
  nowSeconds = Math.floor(Date.now() / 1000),
): ConsentRecord | null {
  const [payload, signature, extra] = value?.split('.') ?? [];
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, key));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;

  const wire = parseWire(Buffer.from(payload, 'base64url').toString('utf8'));
  if (!wire) return null;
  const age = nowSeconds - wire.t;
  if (age > CONSENT_MAX_AGE_SECONDS || age < -CLOCK_SKEW_SECONDS) return null;
  return {
    id: wire.i,
    version: wire.v,
    categories: normalizeCategories(wire.c),
    decidedAt: wire.t,
  };
}

function parseWire(json: string): Wire | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { i, v, c, t } = data as Record<string, unknown>;
  if (typeof i !== 'string' || !CONSENT_ID.test(i)) return null;
  if (typeof v !== 'string' || v.length === 0 || v.length > 64) return null;
  if (!Array.isArray(c) || !c.every(isOptionalCategory)) return null;
  if (typeof t !== 'number' || !Number.isInteger(t)) return null;
  return { i, v, c, t };
}
