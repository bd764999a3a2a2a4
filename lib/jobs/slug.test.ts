import { describe, expect, it } from 'vitest';

import { parseJobPath, parseJobSegment, toJobPath, toJobSlug } from './slug';

describe('toJobSlug', () => {
  it('joins lowercase words with hyphens and drops punctuation', () => {
    expect(toJobSlug('Warehouse Associate (2nd shift)')).toBe('warehouse-associate-2nd-shift');
  });

  it('folds accents to ASCII', () => {
    expect(toJobSlug('Café Manager – Zürich')).toBe('cafe-manager-zurich');
  });

  it('answers "job" for a title without letters or digits', () => {
    expect(toJobSlug('–––')).toBe('job');
    expect(toJobSlug('日本語')).toBe('job');
  });

  it('cuts a long title at a word boundary within 80 characters', () => {
    const slug = toJobSlug('Senior '.repeat(30) + 'Developer');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(senior-)+senior$/);
  });

  it('ignores markup-looking text in a title', () => {
    expect(toJobSlug('<script>alert(1)</script> C++ Dev')).toBe('script-alert-1-script-c-dev');
  });
});

describe('toJobPath', () => {
  it('is /jobs/<id>-<slug>/ with the trailing slash', () => {
    expect(toJobPath({ id: 4123, title: 'Senior Accountant' })).toBe(
      '/jobs/4123-senior-accountant/',
    );
  });
});

describe('parseJobSegment', () => {
  it('reads the id and slug', () => {
    expect(parseJobSegment('4123-senior-accountant')).toEqual({
      id: 4123,
      slug: 'senior-accountant',
    });
  });

  it('accepts a bare id with an empty slug', () => {
    expect(parseJobSegment('4123')).toEqual({ id: 4123, slug: '' });
  });

  it.each(['', 'abc', '0-x', '-1-x', '01-x', '1e3-x', '9999999999999999-x', ' 12-x'])(
    'refuses %j',
    (segment) => {
      expect(parseJobSegment(segment)).toBeNull();
    },
  );
});

describe('parseJobPath', () => {
  it('reads a job page path with or without the trailing slash', () => {
    expect(parseJobPath('/jobs/12-x/')).toEqual({ id: 12, slug: 'x' });
    expect(parseJobPath('/jobs/12-x')).toEqual({ id: 12, slug: 'x' });
  });

  it('decodes a percent-encoded segment and survives a broken one', () => {
    expect(parseJobPath('/jobs/12-caf%C3%A9/')).toEqual({ id: 12, slug: 'café' });
    expect(parseJobPath('/jobs/12-%E0%A4%A/')).toBeNull();
  });

  it('answers null for other paths', () => {
    expect(parseJobPath('/jobs/')).toBeNull();
    expect(parseJobPath('/jobs/12-x/apply/')).toBeNull();
    expect(parseJobPath('/about/12-x/')).toBeNull();
  });
});
