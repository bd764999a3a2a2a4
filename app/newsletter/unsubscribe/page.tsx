import type { Metadata } from 'next';
import Link from 'next/link';

import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { unsubscribeNewsletter } from '@/components/forms/newsletter-unsubscribe/actions';
import { TokenStep } from '@/components/forms/token-step';
import { unsubscribeToken } from '@/lib/forms/newsletter-tokens';
import { getSecret } from '@/lib/secret';

const TITLE = 'Unsubscribe from the newsletter';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/newsletter/unsubscribe/', TITLE, { isIndexed: false });
}

interface UnsubscribePageProps {
  searchParams: Promise<{ token?: string | string[] }>;
}

/** The unsubscribe link's page: a button, since opening a link (GET) must change nothing. */
export default async function UnsubscribePage({ searchParams }: UnsubscribePageProps) {
  const { token } = await searchParams;
  const value = typeof token === 'string' ? token : undefined;
  const isValid = (await unsubscribeToken.unseal(value, getSecret())) !== null;

  return (
    <FormPage uri="/newsletter/unsubscribe/" title={TITLE}>
      {isValid && value ? (
        <TokenStep
          action={unsubscribeNewsletter}
          token={value}
          intro="Press the button and we will send you no more newsletters."
          buttonLabel="Unsubscribe"
          pendingLabel="Unsubscribing…"
          doneMessage="You are unsubscribed. We will send you no more newsletters."
          invalidMessage="This unsubscribe link is not valid."
        />
      ) : (
        <div className="space-y-4">
          <p className="font-semibold">
            This unsubscribe link is not valid. Please use the link from one of our emails, exactly
            as it came.
          </p>
          <p>
            Or write to us through the{' '}
            <Link href="/contact/" className="underline">
              contact form
            </Link>{' '}
            and we will take you off the list.
          </p>
        </div>
      )}
    </FormPage>
  );
}
