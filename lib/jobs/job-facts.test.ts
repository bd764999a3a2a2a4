import { describe, expect, it } from 'vitest';

import {
  formatJobLocation,
  formatPostedDate,
  formatSalary,
  isRemoteJob,
  toSalaryUnit,
  toSchemaEmploymentTypes,
} from './job-facts';

const at = (city: string, state = '', zip = '') => ({ location: { city, state, zip } });

describe('isRemoteJob and formatJobLocation', () => {
  it('reads a job with a city as on site', () => {
    expect(isRemoteJob(at('Boston', 'MA'))).toBe(false);
    expect(formatJobLocation(at('Boston', 'MA', '02110'))).toBe('Boston, MA');
  });

  it('reads a job without a city, or in "Remote", as remote', () => {
    expect(isRemoteJob(at(''))).toBe(true);
    expect(isRemoteJob(at('  '))).toBe(true);
    expect(isRemoteJob(at('Remote'))).toBe(true);
    expect(formatJobLocation(at(''))).toBe('Remote');
    expect(formatJobLocation(at('', 'MA'))).toBe('Remote (MA)');
  });

  it('does not take a city that merely starts with the letters for remote', () => {
    expect(isRemoteJob(at('Remoteville'))).toBe(false);
  });
});

describe('toSchemaEmploymentTypes', () => {
  it.each([
    ['Direct Hire', ['FULL_TIME']],
    ['Contract', ['CONTRACTOR']],
    ['Contract To Hire', ['CONTRACTOR', 'FULL_TIME']],
    ['Part-Time', ['PART_TIME']],
    ['part time', ['PART_TIME']],
    ['Temp', ['TEMPORARY']],
    ['Internship', ['INTERN']],
    ['Per Diem', ['PER_DIEM']],
    ['Something else', ['OTHER']],
  ])('maps %j to %j', (name, expected) => {
    expect(toSchemaEmploymentTypes(name)).toEqual(expected);
  });
});

describe('toSalaryUnit and formatSalary', () => {
  it.each([
    ['Per Year', 'YEAR'],
    ['Per Hour', 'HOUR'],
    ['per month', 'MONTH'],
    ['Weekly', 'WEEK'],
    ['Per Shift', null],
  ])('reads %j as %j', (unit, expected) => {
    expect(toSalaryUnit(unit)).toBe(expected);
  });

  it('formats whole and fractional amounts with their unit', () => {
    expect(formatSalary({ amount: 95000, unit: 'Per Year' })).toBe('$95,000 per year');
    expect(formatSalary({ amount: 19.5, unit: 'Per Hour' })).toBe('$19.50 per hour');
    expect(formatSalary({ amount: 50, unit: '' })).toBe('$50');
  });

  it('shows no salary for none or zero', () => {
    expect(formatSalary(null)).toBeNull();
    expect(formatSalary({ amount: 0, unit: 'Per Year' })).toBeNull();
  });
});

describe('formatPostedDate', () => {
  it('reads the date in UTC, so late evening posts keep their day on any server', () => {
    expect(formatPostedDate(new Date('2026-11-30T23:30:00Z'))).toBe('30 November 2026');
  });
});
