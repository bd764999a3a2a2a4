import { describe, expect, it } from 'vitest';

import { capitalPDangit } from './capital-p';

describe('capitalPDangit', () => {
  it('fixes Wordpress after a space, > or (', () => {
    expect(capitalPDangit('I use Wordpress (Wordpress) <b>Wordpress</b>')).toBe(
      'I use WordPress (WordPress) <b>WordPress</b>',
    );
  });

  it('leaves Wordpress inside a URL alone', () => {
    expect(capitalPDangit('http://wordpress.org/Wordpress')).toBe('http://wordpress.org/Wordpress');
  });
});
