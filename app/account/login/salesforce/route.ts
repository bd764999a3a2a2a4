import { redirect } from 'next/navigation';

import { toAccountPath } from '@/lib/auth/account-path';
import { startOAuthSignIn } from '@/lib/auth/oauth-sign-in';
import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';

/**
 * "Sign in with Salesforce" is a link to here, not a form: the CSP's `form-action 'self'`
 * would stop a form post's redirect to Salesforce in a browser without JavaScript. Sets
 * Auth.js's state, PKCE and nonce cookies and sends the browser to Salesforce.
 */
export async function GET(request: Request) {
  if (!getConfig().accounts.salesforceLogin) redirect('/account/login/');
  const callbackPath = toAccountPath(new URL(request.url).searchParams.get('callbackUrl'));
  let target: string;
  try {
    target = await startOAuthSignIn('salesforce', callbackPath);
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'account.salesforce_sign_in_failed');
    target = '/account/login/error/?error=Configuration';
  }
  redirect(target);
}
