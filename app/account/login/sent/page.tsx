import type { Metadata } from 'next';
import Link from 'next/link';

import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { SIGN_IN_LINK_TTL_SECONDS } from '@/lib/auth/tunables';

const TITLE = 'Check your email';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/account/login/sent/', TITLE, { isIndexed: false });
}

/** The same page for every address asked for: it says nothing about whether one exists. */
export default function SentPage() {
  return (
    <FormPage uri="/account/login/sent/" title={TITLE}>
      <div role="status" className="space-y-4">
        <p className="font-semibold">If this address has an account, a link is on its way.</p>
        <p>
          The link signs you in once and works for {SIGN_IN_LINK_TTL_SECONDS / 60} minutes. No mail
          after a few minutes? Check your spam folder, or{' '}
          <Link href="/account/login/" className="underline">
            ask for a new link
          </Link>
          .
        </p>
      </div>
    </FormPage>
  );
}
