import type { Metadata } from 'next';

import { LoginForm } from '@/components/account/login-form';
import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { toAccountPath } from '@/lib/auth';
import { getConfig } from '@/lib/config';

const TITLE = 'Sign in to your account';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/account/login/', TITLE, { isIndexed: false });
}

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The customers' sign-in: a link by email, or Salesforce when it is configured. */
export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackUrl = toAccountPath(params.callbackUrl);
  const hasSalesforce = Boolean(getConfig().accounts.salesforceLogin);

  return (
    <FormPage uri="/account/login/" title={TITLE}>
      <div className="space-y-6">
        {params['signed-out'] ? (
          <p role="status" className="rounded border-2 p-4 font-semibold">
            You are signed out.
          </p>
        ) : null}
        <p>
          Customers see their orders here and manage their data. We never ask for a password: enter
          the address we know you by and we will email you a link that signs you in.
        </p>
        <LoginForm callbackUrl={callbackUrl} />
        {hasSalesforce ? (
          <p>
            <a
              href={`/account/login/salesforce/?callbackUrl=${encodeURIComponent(callbackUrl)}`}
              className="inline-block rounded border border-slate-500 px-4 py-2"
            >
              Sign in with Salesforce
            </a>
          </p>
        ) : null}
      </div>
    </FormPage>
  );
}
