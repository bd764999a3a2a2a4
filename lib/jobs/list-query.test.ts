import { describe, expect, it } from 'vitest';

import { hasFilters, MAX_PAGE, parseJobListQuery, toJobListHref } from './list-query';

describe('parseJobListQuery', () => {
  it('reads every filter and the page', () => {
    expect(
      parseJobListQuery({
        q: ' java  dev ',
        category: '2000011',
        city: 'Boston',
        type: 'Contract',
        page: '3',
      }),
    ).toEqual({
      query: {
        keyword: 'java dev',
        categoryId: 2000011,
        city: 'Boston',
        employmentType: 'Contract',
        page: 3,
      },
      ignored: [],
    });
  });

  it('treats absent and empty values as no filter, on page one', () => {
    expect(parseJobListQuery({ q: '', category: '  ', city: undefined })).toEqual({
      query: { page: 1 },
      ignored: [],
    });
  });

  it('ignores and names each unusable value, keeping the good ones', () => {
    const { query, ignored } = parseJobListQuery({
      q: 'x'.repeat(101),
      category: 'abc',
      city: 'Boston',
      type: 'Contract\u0000',
      page: '0',
    });
    expect(query).toEqual({ city: 'Boston', page: 1 });
    expect(ignored).toEqual(['keyword', 'category', 'employment type', 'page number']);
  });

  it.each(['-1', '1.5', '1e3', String(MAX_PAGE + 1), '99999999999999999999', ' '])(
    'refuses page %j (or ignores a blank one)',
    (page) => {
      const { query } = parseJobListQuery({ page });
      expect(query.page).toBe(1);
    },
  );

  it('accepts a repeated parameter with one value, refuses one with two', () => {
    expect(parseJobListQuery({ city: ['Boston', 'Boston'] }).query.city).toBe('Boston');
    const twice = parseJobListQuery({ city: ['Boston', 'Nashua'] });
    expect(twice.query.city).toBeUndefined();
    expect(twice.ignored).toEqual(['location']);
  });

  it('ignores parameters it does not know', () => {
    expect(parseJobListQuery({ utm_source: 'x', sort: 'title' })).toEqual({
      query: { page: 1 },
      ignored: [],
    });
  });
});

describe('toJobListHref', () => {
  it('is /jobs/ without filters on page one', () => {
    expect(toJobListHref({ page: 1 })).toBe('/jobs/');
  });

  it('keeps every filter and the page, encoded', () => {
    expect(
      toJobListHref({
        keyword: 'c++ & go',
        categoryId: 7,
        city: 'São Paulo',
        employmentType: 'Contract To Hire',
        page: 2,
      }),
    ).toBe('/jobs/?q=c%2B%2B+%26+go&category=7&city=S%C3%A3o+Paulo&type=Contract+To+Hire&page=2');
  });

  it('round-trips through parseJobListQuery', () => {
    const query = { keyword: 'a=b&c', city: 'New York, NY', page: 4 };
    const href = toJobListHref(query);
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
    expect(parseJobListQuery(params).query).toEqual(query);
  });
});

describe('hasFilters', () => {
  it('is false for a page alone and true for any filter', () => {
    expect(hasFilters({ page: 3 })).toBe(false);
    expect(hasFilters({ page: 1, city: 'Boston' })).toBe(true);
  });
});
