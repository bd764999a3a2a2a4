import type { Metadata } from 'next';
import Link from 'next/link';

import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { getAccountsDatabase } from '@/lib/auth/account-store';
import { getAuthSecret } from '@/lib/auth/auth-config';
import { EMAIL_CALLBACK_PATH, isSignInLinkUsable, readSignInLink } from '@/lib/auth/sign-in-link';
import { SIGN_IN_LINK_TTL_SECONDS } from '@/lib/auth/tunables';

const TITLE = 'Sign in';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/account/login/confirm/', TITLE, { isIndexed: false });
}

interface ConfirmPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * The mailed link's page. Opening it spends nothing (mail scanners open links too); the
 * button goes on to Auth.js's callback, which signs in and spends the link.
 */
export default async function ConfirmSignInPage({ searchParams }: ConfirmPageProps) {
  const link = readSignInLink(await searchParams);
  const isUsable =
    link !== null && isSignInLinkUsable(getAccountsDatabase(), link, getAuthSecret());

  return (
    <FormPage uri="/account/login/confirm/" title={TITLE}>
      {link && isUsable ? (
        <form method="get" action={EMAIL_CALLBACK_PATH} className="space-y-4">
          <p>
            Press the button to sign in as <strong>{link.email}</strong>.
          </p>
          <input type="hidden" name="token" value={link.token} />
          <input type="hidden" name="email" value={link.email} />
          <input type="hidden" name="callbackUrl" value={link.callbackUrl} />
          <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">
            Sign in to my account
          </button>
        </form>
      ) : (
        <div className="space-y-4">
          <p role="alert" className="font-semibold">
            This sign-in link has expired or has already been used. Each link works once, for{' '}
            {SIGN_IN_LINK_TTL_SECONDS / 60} minutes.
          </p>
          <p>
            <Link href="/account/login/" className="underline">
              Ask for a new sign-in link
            </Link>
          </p>
        </div>
      )}
    </FormPage>
  );
}
