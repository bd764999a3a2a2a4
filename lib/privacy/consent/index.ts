/**
 * The consent facade: reads a visitor's choice from the cookie, and records a new one (cookie
 * plus proof-of-consent log). Routes talk to this module only.
 * @module
 */
import { randomBytes } from 'node:crypto';

import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';

import { listConsentServices } from '../services';
import {
  applyGpc,
  normalizeCategories,
  OPTIONAL_CATEGORIES,
  type OptionalCategory,
} from './categories';
import { decodeConsentCookie, encodeConsentCookie, type ConsentRecord } from './cookie';
import { deriveKey } from './keys';
import { getConsentLogDatabase, hashClientAddress, recordConsent, type ConsentAction } from './log';
import { computeConsentVersion } from './version';

export { CONSENT_COOKIE, CONSENT_MAX_AGE_SECONDS } from './cookie';
export type { ConsentAction } from './log';
export { purgeConsentLogOlderThan } from './log';

/** What the site may run for a visitor now. */
export interface ConsentState {
  /** A valid choice for the current version exists; otherwise the banner asks. */
  isDecided: boolean;
  /** Categories granted, after Global Privacy Control. Empty when undecided. */
  granted: OptionalCategory[];
  isGpcOn: boolean;
  version: string;
  /** Unix seconds of the choice, when decided. */
  decidedAt?: number;
}

let version: string | undefined;

/** The version of the services list in use (a hash of the registry). */
export function getConsentVersion(): string {
  version ??= computeConsentVersion(listConsentServices({ analyticsId: getConfig().analyticsId }));
  return version;
}

function cookieKey(): Buffer {
  return deriveKey(getSecret(), 'consent-cookie');
}

/** The valid record in a cookie value for the current version, or null. */
export function readConsentRecord(cookieValue: string | undefined): ConsentRecord | null {
  const record = decodeConsentCookie(cookieValue, cookieKey());
  return record && record.version === getConsentVersion() ? record : null;
}

/** The state a cookie value and the GPC signal give. */
export function readConsentState(cookieValue: string | undefined, isGpcOn: boolean): ConsentState {
  const record = readConsentRecord(cookieValue);
  return {
    isDecided: record !== null,
    granted: record ? applyGpc(record.categories, isGpcOn) : [],
    isGpcOn,
    version: getConsentVersion(),
    decidedAt: record?.decidedAt,
  };
}

export interface ConsentChoice {
  action: ConsentAction;
  /** The switches' state; only read for `custom`. */
  categories: readonly unknown[];
  isGpcOn: boolean;
  clientAddress: string | null;
  /** The cookie the visitor holds now, to keep the consent id of an earlier choice. */
  previousCookie: string | undefined;
}

/**
 * Records a choice: the proof-of-consent log first, then the cookie value to set. What GPC
 * refuses is never granted, whatever the button said.
 */
export function saveConsentChoice(choice: ConsentChoice): { cookie: string; state: ConsentState } {
  const chosen =
    choice.action === 'accept-all'
      ? [...OPTIONAL_CATEGORIES]
      : choice.action === 'reject-all'
        ? []
        : normalizeCategories(choice.categories);
  const granted = applyGpc(chosen, choice.isGpcOn);
  const previous = decodeConsentCookie(choice.previousCookie, cookieKey());
  const now = new Date();
  const record: ConsentRecord = {
    id: previous?.id ?? randomBytes(16).toString('base64url'),
    version: getConsentVersion(),
    categories: granted,
    decidedAt: Math.floor(now.getTime() / 1000),
  };

  recordConsent(getConsentLogDatabase(), {
    consentId: record.id,
    decidedAt: now,
    version: record.version,
    categories: granted,
    action: choice.action,
    isGpcOn: choice.isGpcOn,
    addressHash: choice.clientAddress
      ? hashClientAddress(choice.clientAddress, deriveKey(getSecret(), 'consent-address'))
      : null,
  });
  getLogger().info(
    { action: choice.action, granted: granted.length, gpc: choice.isGpcOn },
    'consent.recorded',
  );
  return {
    cookie: encodeConsentCookie(record, cookieKey()),
    state: {
      isDecided: true,
      granted,
      isGpcOn: choice.isGpcOn,
      version: record.version,
      decidedAt: record.decidedAt,
    },
  };
}
