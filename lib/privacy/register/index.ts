/**
 * The processing register: the single source of truth for what the site does with personal
 * data. /privacy/register/ shows it, the privacy statement is generated from it, and the
 * purge job enforces its retention periods.
 * @module
 */
import { isShorter } from './duration';
import { register } from './register-data';
import type {
  ActivityId,
  Duration,
  LegalBasisPoint,
  LocalStoreId,
  ProcessingActivity,
  Processor,
  Register,
} from './types';

export type * from './types';
export { describeDuration, subtractDuration } from './duration';

/** The register as configured in register-data.ts. */
export function getRegister(): Register {
  return register;
}

/** One activity; throws for an id the register lacks, a programming error. */
export function getActivity(id: ActivityId, from: Register = register): ProcessingActivity {
  const activity = from.activities.find((entry) => entry.id === id);
  if (!activity) throw new Error(`The processing register has no activity "${id}"`);
  return activity;
}

/** The processors an activity names, in the register's order. */
export function getProcessors(
  activity: ProcessingActivity,
  from: Register = register,
): Processor[] {
  return from.processors.filter((processor) => activity.processorIds.includes(processor.id));
}

const LEGAL_BASIS_LABELS: Record<LegalBasisPoint, string> = {
  a: 'Consent',
  b: 'Contract',
  c: 'Legal obligation',
  f: 'Legitimate interests',
};

/** "Art. 6(1)(b) GDPR (contract)". */
export function describeLegalBasis(point: LegalBasisPoint): string {
  return `Art. 6(1)(${point}) GDPR (${LEGAL_BASIS_LABELS[point].toLowerCase()})`;
}

/**
 * How long a local store may keep a record: the shortest retention of the activities whose
 * data it holds, so that no activity's data outlives its period. Null when no activity uses
 * the store.
 */
export function getStoreRetention(store: LocalStoreId, from: Register = register): Duration | null {
  let shortest: Duration | null = null;
  for (const activity of from.activities) {
    if (!activity.localStores.includes(store)) continue;
    if (!shortest || isShorter(activity.retention.period, shortest)) {
      shortest = activity.retention.period;
    }
  }
  return shortest;
}
