import Link from 'next/link';
import type { ReactNode } from 'react';

import { FormPage } from '@/components/forms/form-page';

import { signOutCustomer } from './account-actions';

interface AccountFrameProps {
  uri: string;
  title: string;
  /** Who is signed in, shown beside the sign-out button. */
  email: string;
  children: ReactNode;
}

/** A signed-in customer's page: the account's menu and sign-out above the page's content. */
export function AccountFrame({ uri, title, email, children }: AccountFrameProps) {
  return (
    <FormPage uri={uri} title={title}>
      <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b border-slate-200 pb-4">
        <nav aria-label="Your account">
          <ul className="flex gap-4">
            <li>
              <Link href="/account/" className="underline">
                Orders
              </Link>
            </li>
            <li>
              <Link href="/account/data/" className="underline">
                My data
              </Link>
            </li>
          </ul>
        </nav>
        <form action={signOutCustomer} className="flex items-center gap-3">
          <span className="text-sm text-muted">Signed in as {email}</span>
          <button type="submit" className="rounded border border-slate-500 px-3 py-1">
            Sign out
          </button>
        </form>
      </div>
      {children}
    </FormPage>
  );
}
