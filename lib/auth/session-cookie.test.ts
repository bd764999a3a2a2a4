import { NextRequest, NextResponse } from 'next/server';
import { describe, expect, it } from 'vitest';

import { protectAccountAnswer } from './session-cookie';

const CONFIG = { isHttps: false, accounts: { sessionIdleSeconds: 1_800 } };

function answer(method: string, path: string, cookie?: string, config = CONFIG) {
  const request = new NextRequest(`http://127.0.0.1:3000${path}`, {
    method,
    headers: cookie ? { cookie } : {},
  });
  const response = NextResponse.next();
  protectAccountAnswer(request, response, config);
  return response;
}

describe('protectAccountAnswer', () => {
  it('marks account pages and Auth.js answers private and unstored, and nothing else', () => {
    expect(answer('GET', '/account/').headers.get('cache-control')).toBe('private, no-store');
    expect(answer('GET', '/account/orders/x/').headers.get('cache-control')).toBe(
      'private, no-store',
    );
    expect(answer('GET', '/api/auth/session/').headers.get('cache-control')).toBe(
      'private, no-store',
    );
    expect(answer('GET', '/accounting/').headers.get('cache-control')).toBeNull();
    expect(answer('GET', '/').headers.get('cache-control')).toBeNull();
  });

  it('sets the session cookie again for another idle period on a GET of an account page', () => {
    const cookie = answer('GET', '/account/', 'authjs.session-token=abc').headers.get('set-cookie');
    expect(cookie).toMatch(/^authjs\.session-token=abc; Path=\/; .*Max-Age=1800/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('uses the __Secure- cookie over HTTPS', () => {
    const https = { ...CONFIG, isHttps: true };
    const plain = answer('GET', '/account/', 'authjs.session-token=abc', https);
    expect(plain.headers.get('set-cookie')).toBeNull();
    const secure = answer('GET', '/account/', '__Secure-authjs.session-token=abc', https);
    expect(secure.headers.get('set-cookie')).toMatch(
      /^__Secure-authjs\.session-token=abc;.*Secure/,
    );
  });

  it('leaves the cookie alone on a POST (sign-out) and on Auth.js answers (sign-in)', () => {
    expect(
      answer('POST', '/account/', 'authjs.session-token=abc').headers.get('set-cookie'),
    ).toBeNull();
    expect(
      answer('GET', '/api/auth/callback/email/', 'authjs.session-token=abc').headers.get(
        'set-cookie',
      ),
    ).toBeNull();
    expect(answer('GET', '/account/').headers.get('set-cookie')).toBeNull();
  });
});
