import { describe, expect, it } from 'vitest';

import type { Job } from '@/lib/ats/port';

import { validateJobPosting } from '@/tests/support/job-posting-check';

import { buildJobPosting, serializeJsonLd, type JobPostingContext } from './job-posting';

const onSite: Job = {
  id: 4123,
  title: 'Senior Accountant',
  descriptionHtml: '<p>We are looking for a <strong>Senior Accountant</strong>.</p>',
  category: { id: 2000011, name: 'Accounting & Finance' },
  location: { city: 'Boston', state: 'MA', zip: '02110' },
  employmentType: 'Direct Hire',
  publishedAt: new Date('2025-04-29T08:00:00.000Z'),
  salary: { amount: 95000, unit: 'Per Year' },
  status: 'open',
};

const remote: Job = {
  ...onSite,
  id: 4098,
  title: 'Java Developer',
  location: { city: '', state: '', zip: '' },
  employmentType: 'Contract To Hire',
  salary: null,
};

const context: JobPostingContext = {
  url: 'https://www.example.com/jobs/4123-senior-accountant/',
  organization: { name: 'Northwind Studio', url: 'https://www.example.com/' },
  descriptionHtml: onSite.descriptionHtml,
  isDirectApply: true,
};

describe('buildJobPosting', () => {
  it('builds a valid JobPosting for a job on site, with every property it can fill', () => {
    const ld = buildJobPosting(onSite, context);
    expect(validateJobPosting({ ...ld })).toEqual([]);
    expect(ld).toMatchObject({
      title: 'Senior Accountant',
      description: onSite.descriptionHtml,
      datePosted: '2025-04-29T08:00:00.000Z',
      hiringOrganization: { name: 'Northwind Studio', sameAs: 'https://www.example.com/' },
      jobLocation: {
        address: {
          addressLocality: 'Boston',
          addressRegion: 'MA',
          postalCode: '02110',
          addressCountry: 'US',
        },
      },
      employmentType: 'FULL_TIME',
      identifier: { name: 'Northwind Studio', value: '4123' },
      directApply: true,
      url: context.url,
      baseSalary: { currency: 'USD', value: { value: 95000, unitText: 'YEAR' } },
    });
  });

  it('builds a valid remote JobPosting: TELECOMMUTE with the applicants country, no place', () => {
    const ld = buildJobPosting(remote, context);
    expect(validateJobPosting({ ...ld })).toEqual([]);
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'US' });
    expect(ld.jobLocation).toBeUndefined();
    expect(ld.employmentType).toEqual(['CONTRACTOR', 'FULL_TIME']);
    expect(ld.baseSalary).toBeUndefined();
  });

  it('leaves out a salary of zero or with an unknown unit', () => {
    expect(
      buildJobPosting({ ...onSite, salary: { amount: 0, unit: 'Per Year' } }, context).baseSalary,
    ).toBeUndefined();
    expect(
      buildJobPosting({ ...onSite, salary: { amount: 10, unit: 'Per Shift' } }, context).baseSalary,
    ).toBeUndefined();
  });

  it('catches what the validator is for: a posting without a location is reported', () => {
    const withoutPlace: Record<string, unknown> = { ...buildJobPosting(onSite, context) };
    delete withoutPlace.jobLocation;
    expect(validateJobPosting(withoutPlace)).toContain('jobLocation: a Place');
    expect(validateJobPosting({ ...withoutPlace, datePosted: 'yesterday' })).toContain(
      'datePosted: an ISO 8601 date',
    );
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed by a value: no <, > or & reaches the script text', () => {
    const hostile = { title: '</script><script>alert(1)</script><!-- & \u2028' };
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text.toLowerCase()).not.toContain('</script');
  });

  it('parses back to the same value', () => {
    const value = buildJobPosting({ ...onSite, title: 'A <b>&</b> "B"' }, context);
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });
});
