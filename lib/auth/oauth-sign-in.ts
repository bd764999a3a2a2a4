import 'server-only';

// Auth.js's core, which next-auth 5.0.0-beta.32 pins (0.41.3) and re-exports only in part:
// its signIn() builds the request on the Host Next reports to a server action (`localhost`
// under `next start`), which would send Salesforce a redirect_uri the browser cannot return
// to with its cookies.
import { Auth, raw, skipCSRFCheck } from '@auth/core';
import { cookies, headers } from 'next/headers';

import { getConfig } from '@/lib/config';

import { buildAuthConfig } from './auth-config';
import { AUTH_BASE_PATH } from './tunables';

/**
 * Starts an OAuth/OIDC sign-in with `providerId` on SITE_URL: sets Auth.js's state, PKCE and
 * nonce cookies and answers the provider's authorization URL to redirect to.
 */
export async function startOAuthSignIn(providerId: string, callbackPath: string): Promise<string> {
  const { siteUrl } = getConfig();
  const request = new Request(`${siteUrl}${AUTH_BASE_PATH}/signin/${providerId}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: (await headers()).get('cookie') ?? '',
    },
    body: new URLSearchParams({ callbackUrl: callbackPath }),
  });
  const answer = await Auth(request, { ...buildAuthConfig(), raw, skipCSRFCheck });
  const jar = await cookies();
  for (const cookie of answer.cookies ?? []) jar.set(cookie.name, cookie.value, cookie.options);
  return answer.redirect ?? `${siteUrl}/account/login/error/?error=Configuration`;
}
