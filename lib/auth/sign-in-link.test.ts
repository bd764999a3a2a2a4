import { describe, expect, it } from 'vitest';

import { openDatabase } from '@/lib/db';

import { createSqliteAdapter } from './adapter';
import { isSignInLinkUsable, readSignInLink, toSiteLink } from './sign-in-link';

const TOKEN = 'a'.repeat(64);

describe('toSiteLink', () => {
  it("points Auth.js's link at the confirm page on SITE_URL, whatever Host the request carried", () => {
    const link = toSiteLink(
      `http://evil.example/api/auth/callback/email?callbackUrl=http%3A%2F%2Fevil.example%2Faccount%2Fdata%2F&token=${TOKEN}&email=ada%40example.com`,
      'https://www.example.com',
    );
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://www.example.com/account/login/confirm/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      token: TOKEN,
      email: 'ada@example.com',
      callbackUrl: '/account/data/',
    });
  });

  it('sends a callback off the account pages back to the account home', () => {
    const link = toSiteLink(
      `http://127.0.0.1:3000/api/auth/callback/email?callbackUrl=https%3A%2F%2Fevil.example%2F&token=${TOKEN}&email=a%40b.co`,
      'http://127.0.0.1:3000',
    );
    expect(new URL(link).searchParams.get('callbackUrl')).toBe('/account/');
  });
});

describe('readSignInLink', () => {
  it('reads a link and refuses a malformed or repeated parameter', () => {
    expect(readSignInLink({ token: TOKEN, email: 'a@b.co', callbackUrl: '//evil' })).toEqual({
      token: TOKEN,
      email: 'a@b.co',
      callbackUrl: '/account/',
    });
    expect(readSignInLink({ token: [TOKEN, TOKEN], email: 'a@b.co' })).toBeNull();
    expect(readSignInLink({ token: '<script>', email: 'a@b.co' })).toBeNull();
    expect(readSignInLink({ token: TOKEN })).toBeNull();
  });
});

describe('isSignInLinkUsable', () => {
  it('answers whether the token waits unspent and unexpired, without spending it', async () => {
    const db = openDatabase(':memory:');
    const adapter = createSqliteAdapter(db);
    const { createHash } = await import('node:crypto');
    const hashed = createHash('sha256').update(`${TOKEN}secret`).digest('hex');
    const now = Date.UTC(2026, 5, 1);
    await adapter.createVerificationToken!({
      identifier: 'a@b.co',
      token: hashed,
      expires: new Date(now + 1_000),
    });
    const link = { token: TOKEN, email: 'a@b.co', callbackUrl: '/account/' };
    expect(isSignInLinkUsable(db, link, 'secret', now)).toBe(true);
    expect(isSignInLinkUsable(db, link, 'secret', now)).toBe(true);
    expect(isSignInLinkUsable(db, link, 'secret', now + 2_000)).toBe(false);
    expect(isSignInLinkUsable(db, link, 'other-secret', now)).toBe(false);
    expect(isSignInLinkUsable(db, { ...link, email: 'eve@b.co' }, 'secret', now)).toBe(false);
    await adapter.useVerificationToken!({ identifier: 'a@b.co', token: hashed });
    expect(isSignInLinkUsable(db, link, 'secret', now)).toBe(false);
  });
});
