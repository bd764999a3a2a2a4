import type { Metadata } from 'next';
import Link from 'next/link';

import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { confirmNewsletter } from '@/components/forms/newsletter-confirm/actions';
import { TokenStep } from '@/components/forms/token-step';
import { confirmationToken } from '@/lib/forms/newsletter-tokens';
import { getSecret } from '@/lib/secret';

const TITLE = 'Confirm your subscription';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/newsletter/confirm/', TITLE, { isIndexed: false });
}

interface ConfirmPageProps {
  searchParams: Promise<{ token?: string | string[] }>;
}

/**
 * The confirmation link's page. Opening it (GET) changes nothing, since mail scanners open
 * links too: the button's POST confirms.
 */
export default async function ConfirmPage({ searchParams }: ConfirmPageProps) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : undefined;
  const isValid = (await confirmationToken.unseal(value, getSecret())) !== null;

  return (
    <FormPage uri="/newsletter/confirm/" title={TITLE}>
      {isValid && value ? (
        <TokenStep
          action={confirmNewsletter}
          token={value}
          intro="Press the button to start receiving our newsletter."
          buttonLabel="Confirm my subscription"
          pendingLabel="Confirming…"
          doneMessage="Thank you, your subscription is confirmed. A welcome email is on its way, and every newsletter has a link to unsubscribe."
          invalidMessage="This confirmation link has expired or is not valid."
        />
      ) : (
        <div className="space-y-4">
          <p className="font-semibold">
            This confirmation link has expired or is not valid. Links work for 48 hours after you
            sign up.
          </p>
          <p>
            <Link href="/newsletter/" className="underline">
              Sign up for the newsletter again
            </Link>{' '}
            and we will send you a new link.
          </p>
        </div>
      )}
    </FormPage>
  );
}
