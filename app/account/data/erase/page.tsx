import type { Metadata } from 'next';
import Link from 'next/link';

import { EraseConfirm } from '@/components/account/erase-confirm';
import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { erasureToken } from '@/lib/auth/erasure-token';
import { getSecret } from '@/lib/secret';

const TITLE = 'Erase my data';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/account/data/erase/', TITLE, { isIndexed: false });
}

interface ErasePageProps {
  searchParams: Promise<{ token?: string | string[] }>;
}

/** The erasure link's page: opening it changes nothing (mail scanners open links); the button does. */
export default async function ErasePage({ searchParams }: ErasePageProps) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : undefined;
  const isValid = (await erasureToken.unseal(value, getSecret())) !== null;

  return (
    <FormPage uri="/account/data/erase/" title={TITLE}>
      {isValid && value ? (
        <EraseConfirm token={value} />
      ) : (
        <div className="space-y-4">
          <p role="alert" className="font-semibold">
            This confirmation link has expired or is not valid. Links work for 15 minutes.
          </p>
          <p>
            <Link href="/account/data/" className="underline">
              Sign in and ask again
            </Link>
          </p>
        </div>
      )}
    </FormPage>
  );
}
