/**
 * A JobPosting held to schema.org's and Google's rules for job postings, property by property:
 * shared by the unit test of the builder and the browser test of the job page.
 * @module
 */

const SCHEMA_EMPLOYMENT_TYPES = [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
];
const UNIT_TEXTS = ['HOUR', 'DAY', 'WEEK', 'MONTH', 'YEAR'];

type Ld = Record<string, unknown>;

const isObject = (value: unknown): value is Ld =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a JobPosting against schema.org's and Google's rules for job postings, property by
 * property, and answers every problem found (none means valid).
 */
export function validateJobPosting(ld: Ld): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };
  need(ld['@context'] === 'https://schema.org', '@context must be https://schema.org');
  need(ld['@type'] === 'JobPosting', '@type must be JobPosting');
  need(typeof ld.title === 'string' && ld.title.trim() !== '', 'title: a non-empty text');
  need(
    typeof ld.description === 'string' && ld.description.trim() !== '',
    'description: a non-empty text',
  );
  need(
    typeof ld.datePosted === 'string' &&
      /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/.test(ld.datePosted),
    'datePosted: an ISO 8601 date',
  );

  const org = ld.hiringOrganization;
  need(isObject(org) && org['@type'] === 'Organization', 'hiringOrganization: an Organization');
  need(isObject(org) && typeof org.name === 'string' && org.name !== '', 'hiringOrganization.name');
  need(isObject(org) && isUrl(org.sameAs), 'hiringOrganization.sameAs: a URL');

  if (ld.jobLocationType === 'TELECOMMUTE') {
    const required = ld.applicantLocationRequirements;
    need(
      isObject(required) &&
        ['Country', 'State', 'AdministrativeArea'].includes(String(required['@type'])) &&
        typeof required.name === 'string' &&
        required.name !== '',
      'applicantLocationRequirements: a named Country, State or AdministrativeArea',
    );
  } else {
    need(ld.jobLocationType === undefined, 'jobLocationType: only TELECOMMUTE');
    const place = ld.jobLocation;
    const address = isObject(place) ? place.address : undefined;
    need(isObject(place) && place['@type'] === 'Place', 'jobLocation: a Place');
    need(
      isObject(address) && address['@type'] === 'PostalAddress',
      'jobLocation.address: a PostalAddress',
    );
    need(
      isObject(address) &&
        typeof address.addressLocality === 'string' &&
        address.addressLocality !== '',
      'jobLocation.address.addressLocality',
    );
    need(
      isObject(address) && /^[A-Z]{2}$/.test(String(address.addressCountry)),
      'jobLocation.address.addressCountry: an ISO 3166-1 alpha-2 code',
    );
  }

  const types = Array.isArray(ld.employmentType) ? ld.employmentType : [ld.employmentType];
  need(
    types.length > 0 && types.every((type) => SCHEMA_EMPLOYMENT_TYPES.includes(String(type))),
    'employmentType: one or more of the schema values',
  );
  const identifier = ld.identifier;
  need(
    isObject(identifier) &&
      identifier['@type'] === 'PropertyValue' &&
      typeof identifier.name === 'string' &&
      typeof identifier.value === 'string' &&
      identifier.value !== '',
    'identifier: a PropertyValue with name and value',
  );
  need(typeof ld.directApply === 'boolean', 'directApply: a boolean');
  need(isUrl(ld.url), 'url: an absolute URL');

  if (ld.baseSalary !== undefined) {
    const salary = ld.baseSalary;
    const value = isObject(salary) ? salary.value : undefined;
    need(isObject(salary) && salary['@type'] === 'MonetaryAmount', 'baseSalary: a MonetaryAmount');
    need(
      isObject(salary) && /^[A-Z]{3}$/.test(String(salary.currency)),
      'baseSalary.currency: an ISO 4217 code',
    );
    need(
      isObject(value) &&
        value['@type'] === 'QuantitativeValue' &&
        typeof value.value === 'number' &&
        value.value > 0 &&
        UNIT_TEXTS.includes(String(value.unitText)),
      'baseSalary.value: a positive QuantitativeValue with a unitText',
    );
  }
  const known = new Set([
    '@context',
    '@type',
    'title',
    'description',
    'datePosted',
    'validThrough',
    'hiringOrganization',
    'jobLocation',
    'jobLocationType',
    'applicantLocationRequirements',
    'employmentType',
    'identifier',
    'directApply',
    'url',
    'baseSalary',
  ]);
  for (const key of Object.keys(ld)) need(known.has(key), `${key}: not a JobPosting property`);
  return problems;
}

function isUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
