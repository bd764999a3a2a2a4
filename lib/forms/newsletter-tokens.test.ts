import { sealData } from 'iron-session';
import { describe, expect, it, vi } from 'vitest';

import { confirmationMail, welcomeMail } from './newsletter-mails';
import { confirmationToken, unsubscribeToken } from './newsletter-tokens';

const SECRET = 'a-test-secret-that-is-long-enough-for-iron';
const claim = {
  email: 'ann@example.com',
  firstName: 'Ann',
  consentText: 'Yes, send me the newsletter.',
  consentVersion: '2026-12-01',
  consentAt: 1_767_225_600_000,
};

describe('newsletter tokens', () => {
  it('round-trips a confirmation claim', async () => {
    const token = await confirmationToken.seal(claim, SECRET);
    expect(await confirmationToken.unseal(token, SECRET)).toEqual(claim);
  });

  it('refuses a tampered token or one sealed with another secret', async () => {
    const token = await confirmationToken.seal(claim, SECRET);
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect(await confirmationToken.unseal(tampered, SECRET)).toBeNull();
    expect(await confirmationToken.unseal(token, `${SECRET}-other`)).toBeNull();
  });

  it('accepts a confirmation token for 48 hours and refuses it after', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
      const token = await confirmationToken.seal(claim, SECRET);
      vi.setSystemTime(new Date('2026-12-03T09:59:00Z'));
      expect(await confirmationToken.unseal(token, SECRET)).toEqual(claim);
      // iron allows a minute of clock skew past the expiry.
      vi.setSystemTime(new Date('2026-12-03T10:01:01Z'));
      expect(await confirmationToken.unseal(token, SECRET)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps unsubscribe tokens valid for years', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-01T10:00:00Z'));
      const token = await unsubscribeToken.seal({ email: 'ann@example.com' }, SECRET);
      vi.setSystemTime(new Date('2036-12-01T10:00:00Z'));
      expect(await unsubscribeToken.unseal(token, SECRET)).toEqual({ email: 'ann@example.com' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('binds each token to its purpose: neither opens as the other', async () => {
    const confirm = await confirmationToken.seal(claim, SECRET);
    const unsubscribe = await unsubscribeToken.seal({ email: claim.email }, SECRET);
    expect(await unsubscribeToken.unseal(confirm, SECRET)).toBeNull();
    expect(await confirmationToken.unseal(unsubscribe, SECRET)).toBeNull();
    // A seal with the right fields but no purpose, as tokens were before purposes.
    const bare = await sealData({ email: claim.email }, { password: SECRET, ttl: 0 });
    expect(await unsubscribeToken.unseal(bare, SECRET)).toBeNull();
  });

  it('refuses a confirmation token that lacks the consent', async () => {
    const token = await sealData({ email: 'ann@example.com' }, { password: SECRET, ttl: 3600 });
    expect(await confirmationToken.unseal(token, SECRET)).toBeNull();
  });
});

describe('newsletter mails', () => {
  const input = {
    siteUrl: 'https://www.example.com',
    to: 'ann@example.com',
    unsubscribeToken: 'u+/=',
  };

  it('carry the one-click unsubscribe headers of RFC 8058', () => {
    for (const mail of [
      confirmationMail({ ...input, confirmationToken: 'c' }),
      welcomeMail(input),
    ]) {
      expect(mail.headers).toEqual({
        'List-Unsubscribe':
          '<https://www.example.com/newsletter/unsubscribe/one-click/?token=u%2B%2F%3D>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
    }
  });

  it('leave the name a stranger typed out of the confirmation mail, not the welcome', () => {
    const firstName = 'Win $$$ http://evil.example/x';
    const confirmation = confirmationMail({
      ...input,
      confirmationToken: 'c',
      ...({ firstName } as object),
    });
    expect(confirmation.text).not.toContain('evil.example');
    expect(confirmation.text.startsWith('Hello,\n')).toBe(true);
    expect(welcomeMail({ ...input, firstName: 'Ann' }).text.startsWith('Hello Ann,')).toBe(true);
  });

  it('links the confirmation page with the token', () => {
    const mail = confirmationMail({ ...input, confirmationToken: 'c/1' });
    expect(mail.text).toContain('https://www.example.com/newsletter/confirm/?token=c%2F1');
  });
});
