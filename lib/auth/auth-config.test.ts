import { describe, expect, it } from 'vitest';

import { describeBackends, parseConfig } from '@/lib/config';

import { buildProviders } from './auth-config';

const SALESFORCE = {
  SALESFORCE_LOGIN_URL: 'https://acme.my.salesforce.com',
  SALESFORCE_CLIENT_ID: 'crm-client',
  SALESFORCE_CLIENT_SECRET: 'crm-secret',
};

function providerIds(env: Record<string, string>) {
  return buildProviders(parseConfig(env, '/srv/portico')).map((provider) => {
    const resolved = typeof provider === 'function' ? provider() : provider;
    if (resolved.type !== 'oidc') return { id: resolved.id, type: resolved.type };
    // Auth.js lays the provider's options over its defaults when it starts.
    return {
      id: resolved.id,
      type: resolved.type,
      issuer: resolved.options?.issuer ?? resolved.issuer,
    };
  });
}

describe('the sign-in providers', () => {
  it('offer only the email link without Salesforce login settings', () => {
    expect(providerIds({})).toEqual([{ id: 'email', type: 'email' }]);
    expect(describeBackends(parseConfig({})).accounts).toBe('email link');
    expect(providerIds(SALESFORCE)).toEqual([{ id: 'email', type: 'email' }]);
  });

  it('add Salesforce as OpenID Connect, issued by SALESFORCE_LOGIN_URL, when its client is set', () => {
    const ids = providerIds({
      ...SALESFORCE,
      SALESFORCE_OIDC_CLIENT_ID: 'login-client',
      SALESFORCE_OIDC_CLIENT_SECRET: 'login-secret',
    });
    expect(ids).toEqual([
      { id: 'email', type: 'email' },
      { id: 'salesforce', type: 'oidc', issuer: 'https://acme.my.salesforce.com' },
    ]);
    const config = parseConfig({
      ...SALESFORCE,
      SALESFORCE_OIDC_CLIENT_ID: 'login-client',
      SALESFORCE_OIDC_CLIENT_SECRET: 'login-secret',
    });
    expect(describeBackends(config).accounts).toBe('email link, salesforce acme.my.salesforce.com');
  });

  it("take an Experience Cloud site's own issuer, without the CRM's Salesforce", () => {
    const ids = providerIds({
      SALESFORCE_OIDC_CLIENT_ID: 'login-client',
      SALESFORCE_OIDC_CLIENT_SECRET: 'login-secret',
      SALESFORCE_OIDC_ISSUER: 'https://acme.my.site.com/customers/',
    });
    expect(ids[1]).toEqual({
      id: 'salesforce',
      type: 'oidc',
      issuer: 'https://acme.my.site.com/customers',
    });
  });

  it('stop start-up when half of the Salesforce login is set, naming what is missing', () => {
    expect(() => parseConfig({ SALESFORCE_OIDC_CLIENT_ID: 'login-client' })).toThrow(
      'SALESFORCE_OIDC_CLIENT_ID is set but SALESFORCE_OIDC_CLIENT_SECRET is missing',
    );
    expect(() =>
      parseConfig({ SALESFORCE_OIDC_CLIENT_ID: 'a', SALESFORCE_OIDC_CLIENT_SECRET: 'b' }),
    ).toThrow(
      'SALESFORCE_OIDC_CLIENT_ID is set but SALESFORCE_OIDC_ISSUER (or SALESFORCE_LOGIN_URL) is missing',
    );
  });

  it('read the idle timeout in minutes', () => {
    expect(parseConfig({}).accounts.sessionIdleSeconds).toBe(1_800);
    expect(parseConfig({ CUSTOMER_SESSION_IDLE_MINUTES: '15' }).accounts.sessionIdleSeconds).toBe(
      900,
    );
    expect(() => parseConfig({ CUSTOMER_SESSION_IDLE_MINUTES: '1' })).toThrow(
      'CUSTOMER_SESSION_IDLE_MINUTES',
    );
  });
});
