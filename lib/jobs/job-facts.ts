/**
 * What a job's page and its structured data say about where and how it is done, from the
 * ATS's own words. Bullhorn's career portal gives a US-style address without a country, and
 * no remote flag: an opening without a city, or whose city is "Remote", is a remote job.
 * @module
 */
import type { Job } from '@/lib/ats/port';

/**
 * The country of every opening. Bullhorn's career portal answers `address(city,state,zip)`
 * without a country; a board with openings abroad would ask for `address(countryName)` too
 * and carry it in `Job.location`.
 */
export const JOB_COUNTRY = 'US';

/** The currency of every salary, for the same reason as {@link JOB_COUNTRY}. */
export const SALARY_CURRENCY = 'USD';

/** True when the job is done remotely: no city given, or the city says "Remote". */
export function isRemoteJob(job: Pick<Job, 'location'>): boolean {
  const city = job.location.city.trim();
  return city === '' || /^remote\b/i.test(city);
}

/** The location as visitors read it: "Boston, MA", or "Remote" (with the state, if any). */
export function formatJobLocation(job: Pick<Job, 'location'>): string {
  const { city, state } = job.location;
  if (isRemoteJob(job)) return state.trim() ? `Remote (${state.trim()})` : 'Remote';
  return [city.trim(), state.trim()].filter(Boolean).join(', ');
}

/** schema.org's employmentType values (Google's JobPosting list). */
export type SchemaEmploymentType =
  | 'FULL_TIME'
  | 'PART_TIME'
  | 'CONTRACTOR'
  | 'TEMPORARY'
  | 'INTERN'
  | 'VOLUNTEER'
  | 'PER_DIEM'
  | 'OTHER';

// Bullhorn's defaults and the usual variants, matched on letters only ("Part-Time" = "part time").
const EMPLOYMENT_TYPES: Record<string, SchemaEmploymentType[]> = {
  directhire: ['FULL_TIME'],
  fulltime: ['FULL_TIME'],
  permanent: ['FULL_TIME'],
  parttime: ['PART_TIME'],
  contract: ['CONTRACTOR'],
  contractor: ['CONTRACTOR'],
  freelance: ['CONTRACTOR'],
  contracttohire: ['CONTRACTOR', 'FULL_TIME'],
  temporary: ['TEMPORARY'],
  temp: ['TEMPORARY'],
  seasonal: ['TEMPORARY'],
  internship: ['INTERN'],
  intern: ['INTERN'],
  volunteer: ['VOLUNTEER'],
  perdiem: ['PER_DIEM'],
};

/** The ATS's employment type in schema.org's terms; OTHER when it names none of them. */
export function toSchemaEmploymentTypes(employmentType: string): SchemaEmploymentType[] {
  const key = employmentType.toLowerCase().replace(/[^a-z]/g, '');
  return EMPLOYMENT_TYPES[key] ?? ['OTHER'];
}

const SALARY_UNITS: Record<string, 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR'> = {
  hour: 'HOUR',
  hourly: 'HOUR',
  day: 'DAY',
  daily: 'DAY',
  week: 'WEEK',
  weekly: 'WEEK',
  month: 'MONTH',
  monthly: 'MONTH',
  year: 'YEAR',
  yearly: 'YEAR',
  annual: 'YEAR',
  annually: 'YEAR',
};

/** Bullhorn's salary unit ("Per Year", "Per Hour", …) as schema.org's unitText, or null. */
export function toSalaryUnit(unit: string): 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | null {
  const key = unit.toLowerCase().replace(/^per\s+|[^a-z]/g, '');
  return SALARY_UNITS[key] ?? null;
}

/** The salary as visitors read it: "$95,000 per year", or null when there is none. */
export function formatSalary(salary: Job['salary']): string | null {
  if (!salary || !(salary.amount > 0)) return null;
  const amount = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: SALARY_CURRENCY,
    maximumFractionDigits: Number.isInteger(salary.amount) ? 0 : 2,
  }).format(salary.amount);
  const unit = toSalaryUnit(salary.unit);
  return unit ? `${amount} per ${unit.toLowerCase()}` : amount;
}

const POSTED_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** The date a job was posted, as visitors read it: "30 November 2026". */
export function formatPostedDate(date: Date): string {
  return POSTED_DATE.format(date);
}
