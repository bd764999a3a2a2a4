/**
 * Auth.js's configuration for customers: a magic link by mail (through the outbox), and
 * Salesforce as an OpenID Connect provider when SALESFORCE_OIDC_* is set. Sessions live in
 * the site's database (database strategy): signing out deletes the row, so a copied cookie
 * dies with it, and a session unused for the idle timeout expires.
 * @module
 */
import { createHmac } from 'node:crypto';

import type { NextAuthConfig } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import Salesforce from 'next-auth/providers/salesforce';

import { getConfig, type Config } from '@/lib/config';
import { getCustomerCrm } from '@/lib/crm';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';

import { toAccountPath } from './account-path';
import { getAccountsDatabase } from './account-store';
import { createSqliteAdapter } from './adapter';
import { createEmailProvider } from './email-provider';
import { AUTH_BASE_PATH } from './tunables';

/** Our own pages in place of Auth.js's. */
export const AUTH_PAGES = {
  signIn: '/account/login/',
  // Auth.js's own sign-out page posts to an endpoint the route handler refuses; every account
  // page has the sign-out button.
  signOut: '/account/',
  verifyRequest: '/account/login/sent/',
  error: '/account/login/error/',
} as const;

let adapter: Adapter | undefined;

/**
 * Auth.js's secret: it keys its CSRF tokens and hashes sign-in tokens with it. Derived from
 * the site's secret, so it is never the cookie seal key itself.
 */
export function getAuthSecret(): string {
  return createHmac('sha256', getSecret()).update('portico:authjs').digest('base64url');
}

/** The providers the configuration enables: email always, Salesforce when configured. */
export function buildProviders(config: Config): NextAuthConfig['providers'] {
  const email = createEmailProvider(config.siteUrl);
  const login = config.accounts.salesforceLogin;
  if (!login) return [email];
  return [
    email,
    Salesforce({
      issuer: login.issuer,
      clientId: login.clientId,
      clientSecret: login.clientSecret,
    }),
  ];
}

/** The configuration of this process, read from getConfig() (see lib/auth/index.ts). */
export function buildAuthConfig(config: Config = getConfig()): NextAuthConfig {
  adapter ??= createSqliteAdapter(getAccountsDatabase());
  const idle = config.accounts.sessionIdleSeconds;
  return {
    adapter,
    secret: getAuthSecret(),
    basePath: AUTH_BASE_PATH,
    // Every URL that leaves the site is rebuilt on SITE_URL (email-provider.ts, redirect below).
    trustHost: true,
    useSecureCookies: config.isHttps,
    session: { strategy: 'database', maxAge: idle, updateAge: Math.min(300, Math.floor(idle / 6)) },
    pages: AUTH_PAGES,
    providers: buildProviders(config),
    callbacks: {
      async signIn({ user, email }) {
        // Asking for a link looks nothing up, so every address gets the same answer; the
        // outbox's worker mails only customers. Following a link checks again (a Contact
        // found is reused for CUSTOMER_CACHE_SECONDS; an erasure forgets it at once).
        if (email?.verificationRequest) return true;
        if (!user.email) return false;
        return (await getCustomerCrm().findCustomerByEmail(user.email)) !== null;
      },
      redirect({ url, baseUrl }) {
        return new URL(toAccountPath(url, baseUrl), config.siteUrl).toString();
      },
    },
    logger: {
      // Auth.js's errors may quote addresses in their causes: the type is enough (its class
      // names do not survive the build's minifier).
      error: (error) =>
        getLogger().warn(
          { err: (error as Error & { type?: string }).type ?? error.name },
          'auth.error',
        ),
      warn: (code) => getLogger().warn({ code }, 'auth.warning'),
      debug: () => undefined,
    },
  };
}
