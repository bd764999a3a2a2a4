/**
 * The vocabulary of the processing register (GDPR Art. 30): what each processing activity
 * collects, why, on which legal basis, who receives it and for how long it is kept.
 * @module
 */

/** The processing activities of the site; each has one entry in the register. */
export type ActivityId =
  | 'contact'
  | 'newsletter'
  | 'job-applications'
  | 'customer-accounts'
  | 'consent-log'
  | 'server-logs';

/** The points of GDPR Art. 6(1) this site relies on. */
export type LegalBasisPoint = 'a' | 'b' | 'c' | 'f';

export interface LegalBasis {
  /** The point of Art. 6(1) GDPR, e.g. `b` for "steps prior to entering into a contract". */
  point: LegalBasisPoint;
  /** Why this point applies, in plain words. */
  explanation: string;
}

/** A length of time; months are calendar months. */
export interface Duration {
  amount: number;
  unit: 'days' | 'months';
}

export interface Retention {
  period: Duration;
  /** The moment the period starts from, in plain words ("after the last contact"). */
  from: string;
}

/** One item of personal data, named exactly as the form's payload names it. */
export interface DataField {
  name: string;
  description: string;
  /** Whether the visitor must give it; optional fields are said to be so. */
  isRequired: boolean;
  /**
   * The names the same data takes on its way to an outside system (the outbox payloads of
   * lib/submissions/schemas.ts), e.g. the form's `message` is a Lead's `description`.
   */
  storedAs?: string[];
}

/** An outside system the code can send personal data to; each is run by a processor. */
export type OutsideSystem = 'salesforce' | 'smtp' | 'bullhorn' | 'hosting';

/** A transfer of personal data outside the European Economic Area. */
export interface Transfer {
  country: string;
  /** The Chapter V GDPR safeguard, e.g. standard contractual clauses. */
  safeguard: string;
}

/** A company that processes personal data on Northwind Studio's behalf (Art. 28 GDPR). */
export interface Processor {
  id: string;
  name: string;
  /** What it does for us. */
  role: string;
  /** The outside systems of the code that this processor runs. */
  systems: OutsideSystem[];
  /** Where the data is processed. */
  location: string;
  agreement: {
    /** ISO date the data processing agreement was signed. */
    signedOn: string;
    /** Where to read it. */
    url: string;
  };
  /** Empty when the data stays in the EEA. */
  transfers: Transfer[];
}

/** A store on our own servers that keeps personal data and that the purge job empties. */
/** `accounts`: customers' sign-ins, sessions and sign-in link hashes (lib/auth). */
/** `local-ats`: the embedded ATS's candidates and applications with resumes (lib/ats/local). */
export type LocalStoreId =
  'outbox' | 'mailbox' | 'local-crm' | 'local-ats' | 'consent-log' | 'accounts';

export interface ProcessingActivity {
  id: ActivityId;
  name: string;
  purpose: string;
  legalBasis: LegalBasis;
  dataSubjects: string[];
  fields: DataField[];
  /** Who inside the company sees the data. */
  recipients: string[];
  /** Ids of the processors (see `Register.processors`) that receive this activity's data. */
  processorIds: string[];
  retention: Retention;
  /** The local stores that keep this activity's data until the purge job removes it. */
  localStores: LocalStoreId[];
  securityMeasures: string[];
}

/** The controller: who decides what happens to the data, and whom to ask about it. */
export interface Controller {
  name: string;
  address: string;
  email: string;
  dataProtectionOfficer: { name: string; email: string };
  supervisoryAuthority: { name: string; url: string };
}

export interface Register {
  controller: Controller;
  /** ISO date of the register's last change. */
  updatedOn: string;
  processors: Processor[];
  activities: ProcessingActivity[];
}
