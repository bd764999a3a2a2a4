import type { Metadata } from 'next';
import Link from 'next/link';

import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { SIGN_IN_LINK_TTL_SECONDS } from '@/lib/auth/tunables';

const TITLE = 'Sign-in did not work';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/account/login/error/', TITLE, { isIndexed: false });
}

interface ErrorPageProps {
  searchParams: Promise<{ error?: string | string[] }>;
}

/** What Auth.js's error codes mean to a customer (others read as the general message). */
const MESSAGES: Record<string, string> = {
  Verification:
    `This sign-in link has expired or has already been used. Each link works once, for ` +
    `${SIGN_IN_LINK_TTL_SECONDS / 60} minutes.`,
  AccessDenied: 'This address has no customer account with us (any more).',
};

/** Auth.js's error page, in the site's words, with the way to a new link. */
export default async function LoginErrorPage({ searchParams }: ErrorPageProps) {
  const { error } = await searchParams;
  const code = typeof error === 'string' ? error : '';
  const message = Object.hasOwn(MESSAGES, code)
    ? MESSAGES[code]
    : 'Something went wrong while signing you in. Please ask for a new link.';

  return (
    <FormPage uri="/account/login/error/" title={TITLE}>
      <div className="space-y-4">
        <p role="alert" className="font-semibold">
          {message}
        </p>
        <p>
          <Link href="/account/login/" className="underline">
            Ask for a new sign-in link
          </Link>
        </p>
      </div>
    </FormPage>
  );
}
