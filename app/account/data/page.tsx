import type { Metadata } from 'next';

import { askForErasure, setNewsletter } from '@/components/account/account-actions';
import { AccountFrame } from '@/components/account/account-frame';
import { requireCustomer } from '@/lib/auth/customer';
import { SWITCH_CONSENT_TEXT } from '@/lib/auth/newsletter-switch';
import { SIGN_IN_LINK_TTL_SECONDS } from '@/lib/auth/tunables';
import { getCustomerCrm } from '@/lib/crm';

export const metadata: Metadata = {
  title: 'My data',
  robots: { index: false, follow: false },
};

/** What the page says after each of its forms. */
const DONE: Record<string, string> = {
  'newsletter-on': 'Thank you: you are subscribed to the newsletter. It may take a minute to show.',
  'newsletter-off': 'You are unsubscribed from the newsletter. It may take a minute to show.',
  'erasure-mail': `We have emailed you a link to confirm. It works for ${SIGN_IN_LINK_TTL_SECONDS / 60} minutes.`,
  unavailable: 'That did not work just now. Please try again in a minute.',
  limited: 'You have made several changes in the last hour. Please try again later.',
};

interface DataPageProps {
  searchParams: Promise<{ done?: string | string[] }>;
}

/** The customer's data: download it all, the newsletter switch, and erasure. */
export default async function DataPage({ searchParams }: DataPageProps) {
  const customer = await requireCustomer('/account/data/');
  const { done } = await searchParams;
  const notice = typeof done === 'string' && Object.hasOwn(DONE, done) ? DONE[done] : null;
  const { newsletter } = await getCustomerCrm().exportCustomerData(customer);

  return (
    <AccountFrame uri="/account/data/" title="My data" email={customer.email}>
      <div className="space-y-10">
        <div role="status">
          {notice ? <p className="rounded border-2 p-4 font-semibold">{notice}</p> : null}
        </div>

        <section aria-labelledby="download-title" className="space-y-2">
          <h2 id="download-title" className="text-xl font-semibold">
            Download your data
          </h2>
          <p>
            One JSON file with everything we hold about you: your contact details, orders,
            newsletter choices and consents, your sign-ins and any request still on its way.
          </p>
          <p>
            <a href="/account/data/download/" download className="underline">
              Download my data (JSON)
            </a>
          </p>
        </section>

        <section aria-labelledby="newsletter-title" className="space-y-2">
          <h2 id="newsletter-title" className="text-xl font-semibold">
            Newsletter
          </h2>
          <p>
            You are <strong>{newsletter.subscribed ? 'subscribed to' : 'not subscribed to'}</strong>{' '}
            our newsletter.
          </p>
          <form action={setNewsletter} className="space-y-2">
            {newsletter.subscribed ? (
              <input type="hidden" name="newsletter" value="off" />
            ) : (
              <>
                <p className="text-sm">{SWITCH_CONSENT_TEXT}</p>
                <input type="hidden" name="newsletter" value="on" />
              </>
            )}
            <button type="submit" className="rounded border border-slate-500 px-3 py-1">
              {newsletter.subscribed ? 'Unsubscribe' : 'Subscribe'}
            </button>
          </form>
        </section>

        <section aria-labelledby="erasure-title" className="space-y-2">
          <h2 id="erasure-title" className="text-xl font-semibold">
            Erase my data
          </h2>
          <p>
            We email you a link to confirm. Once you confirm, you are signed out everywhere and your
            request reaches our team, who erase your data within a month, except what the law makes
            us keep (such as invoices), and tell you by email.
          </p>
          <form action={askForErasure}>
            <button type="submit" className="rounded border border-red-700 px-3 py-1 text-red-700">
              Ask to erase my data
            </button>
          </form>
        </section>
      </div>
    </AccountFrame>
  );
}
