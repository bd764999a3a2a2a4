/**
 * A job's schema.org JobPosting as JSON-LD, with the properties schema.org and Google's job
 * search require (title, description, datePosted, hiringOrganization, jobLocation, or for a
 * remote job applicantLocationRequirements with jobLocationType TELECOMMUTE) and those they
 * recommend that the ATS can fill (employmentType, baseSalary, identifier, directApply, url).
 * `validThrough` is left out on purpose: the ATS gives no closing date, and a closed job's
 * page answers 410, which is how search engines learn it has gone.
 * @module
 */
import type { Job } from '@/lib/ats/port';

import {
  isRemoteJob,
  JOB_COUNTRY,
  SALARY_CURRENCY,
  toSalaryUnit,
  toSchemaEmploymentTypes,
  type SchemaEmploymentType,
} from './job-facts';

/** The JobPosting object, typed by the properties this site emits. */
export interface JobPostingLd {
  '@context': 'https://schema.org';
  '@type': 'JobPosting';
  title: string;
  description: string;
  datePosted: string;
  url: string;
  identifier: { '@type': 'PropertyValue'; name: string; value: string };
  hiringOrganization: { '@type': 'Organization'; name: string; sameAs: string };
  employmentType: SchemaEmploymentType | SchemaEmploymentType[];
  directApply: boolean;
  jobLocation?: {
    '@type': 'Place';
    address: {
      '@type': 'PostalAddress';
      addressLocality?: string;
      addressRegion?: string;
      postalCode?: string;
      addressCountry: string;
    };
  };
  jobLocationType?: 'TELECOMMUTE';
  applicantLocationRequirements?: { '@type': 'Country'; name: string };
  baseSalary?: {
    '@type': 'MonetaryAmount';
    currency: string;
    value: { '@type': 'QuantitativeValue'; value: number; unitText: string };
  };
}

export interface JobPostingContext {
  /** The job page's absolute URL. */
  url: string;
  /** The hiring organisation: the site's name and its address. */
  organization: { name: string; url: string };
  /** The description as the page shows it: the ATS's HTML after the sanitiser. */
  descriptionHtml: string;
  /** Whether the page takes applications itself. */
  isDirectApply: boolean;
}

/** The JobPosting for `job`'s page. */
export function buildJobPosting(job: Job, context: JobPostingContext): JobPostingLd {
  const employmentTypes = toSchemaEmploymentTypes(job.employmentType);
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: job.title,
    description: context.descriptionHtml,
    datePosted: job.publishedAt.toISOString(),
    url: context.url,
    identifier: {
      '@type': 'PropertyValue',
      name: context.organization.name,
      value: String(job.id),
    },
    hiringOrganization: {
      '@type': 'Organization',
      name: context.organization.name,
      sameAs: context.organization.url,
    },
    employmentType: employmentTypes.length === 1 ? employmentTypes[0]! : employmentTypes,
    directApply: context.isDirectApply,
    ...buildLocation(job),
    ...buildSalary(job.salary),
  };
}

function buildLocation(
  job: Job,
): Pick<JobPostingLd, 'jobLocation' | 'jobLocationType' | 'applicantLocationRequirements'> {
  if (isRemoteJob(job)) {
    return {
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: { '@type': 'Country', name: JOB_COUNTRY },
    };
  }
  const { city, state, zip } = job.location;
  return {
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: city.trim(),
        ...(state.trim() ? { addressRegion: state.trim() } : {}),
        ...(zip.trim() ? { postalCode: zip.trim() } : {}),
        addressCountry: JOB_COUNTRY,
      },
    },
  };
}

function buildSalary(salary: Job['salary']): Pick<JobPostingLd, 'baseSalary'> {
  if (!salary || !(salary.amount > 0)) return {};
  const unitText = toSalaryUnit(salary.unit);
  if (!unitText) return {};
  return {
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: SALARY_CURRENCY,
      value: { '@type': 'QuantitativeValue', value: salary.amount, unitText },
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` as `\u` escapes, so
 * no value can close the script (`</script>`) or open a comment (`<!--`), and U+2028/U+2029
 * escaped for old JavaScript parsers. JSON parsers read the escapes back unchanged.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
