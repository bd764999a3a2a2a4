import { describe, expect, it, vi } from 'vitest';

import type { Customer } from '@/lib/crm/port';
import { openDatabase } from '@/lib/db';

// The configuration without a data directory: an in-memory database, a fixed secret, and a
// CRM whose only customer is Mira.
const lookups: string[] = [];
const MIRA: Customer = {
  id: '003000000000001',
  accountId: '001000000000001',
  email: 'mira@example.com',
  firstName: 'Mira',
  lastName: 'Quillfeather',
};
vi.mock('@/lib/secret', () => ({ getSecret: () => 'sign-in-callback-test-secret-0123456789' }));
vi.mock('./account-store', () => ({ getAccountsDatabase: () => openDatabase(':memory:') }));
vi.mock('@/lib/crm', () => ({
  getCustomerCrm: () => ({
    findCustomerByEmail: async (email: string) => {
      lookups.push(email);
      return email === MIRA.email ? MIRA : null;
    },
  }),
}));

const { parseConfig } = await import('@/lib/config');
const { buildAuthConfig } = await import('./auth-config');

const config = buildAuthConfig(parseConfig({ SITE_URL: 'https://www.example.com' }, '/srv'));
const signIn = config.callbacks!.signIn!;
const redirect = config.callbacks!.redirect!;
const user = (email: string) => ({ id: 'u1', email, emailVerified: null });
const account = { providerAccountId: 'x', type: 'email' as const, provider: 'email' };

describe('the signIn callback', () => {
  it('lets every address ask for a link, asking the CRM nothing', async () => {
    lookups.length = 0;
    const asked = {
      user: user('stranger@example.net'),
      account,
      email: { verificationRequest: true },
    };
    expect(await signIn(asked)).toBe(true);
    expect(lookups).toEqual([]);
  });

  it('at the link, signs in a customer and refuses an address that is no customer (any more)', async () => {
    expect(await signIn({ user: user(MIRA.email), account })).toBe(true);
    expect(await signIn({ user: user('former@example.com'), account })).toBe(false);
    expect(lookups).toEqual([MIRA.email, 'former@example.com']);
  });
});

describe('the redirect callback', () => {
  it('keeps a path under /account on SITE_URL and sends anything else to the account home', async () => {
    const baseUrl = 'http://127.0.0.1:3000';
    expect(await redirect({ url: '/account/data/', baseUrl })).toBe(
      'https://www.example.com/account/data/',
    );
    expect(await redirect({ url: 'https://evil.example/account/', baseUrl })).toBe(
      'https://www.example.com/account/',
    );
  });
});

describe('the session settings', () => {
  it('keep sessions in the database for 30 idle minutes, with secure cookies over HTTPS', () => {
    expect(config.session).toMatchObject({ strategy: 'database', maxAge: 1_800 });
    expect(config.useSecureCookies).toBe(true);
  });
});
