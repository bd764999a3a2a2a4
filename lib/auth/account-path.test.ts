import { describe, expect, it } from 'vitest';

import { ACCOUNT_HOME, toAccountPath } from './account-path';

describe('toAccountPath', () => {
  it('keeps a path under /account with its query', () => {
    expect(toAccountPath('/account/orders/801000000000001/')).toBe(
      '/account/orders/801000000000001/',
    );
    expect(toAccountPath('/account/?page=2')).toBe('/account/?page=2');
  });

  it('accepts an absolute URL only on the given origin', () => {
    expect(toAccountPath('http://127.0.0.1:3000/account/data/', 'http://127.0.0.1:3000')).toBe(
      '/account/data/',
    );
    expect(toAccountPath('http://127.0.0.1:3000/account/data/')).toBe(ACCOUNT_HOME);
    expect(toAccountPath('https://evil.example/account/', 'http://127.0.0.1:3000')).toBe(
      ACCOUNT_HOME,
    );
  });

  it.each([
    'https://evil.example',
    '//evil.example/account/',
    '/\\evil.example/account/',
    '/\tevil',
    'javascript:alert(1)',
    '/about/',
    '/accountant/',
    '/account/../about/',
    '',
  ])('refuses %j, answering the account home', (value) => {
    expect(toAccountPath(value, 'http://127.0.0.1:3000')).toBe(ACCOUNT_HOME);
  });

  it('refuses what is not a string', () => {
    expect(toAccountPath(undefined)).toBe(ACCOUNT_HOME);
    expect(toAccountPath(['/account/'])).toBe(ACCOUNT_HOME);
  });
});
