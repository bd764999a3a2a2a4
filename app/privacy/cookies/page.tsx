import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';

import { CookieSettingsForm } from '@/components/consent/cookie-settings-form';
import { SiteFrame } from '@/components/site-frame';
import { getConfig } from '@/lib/config';
import { CONSENT_COOKIE, readConsentState } from '@/lib/privacy/consent';
import { isGpcHeaderOn } from '@/lib/privacy/consent/request-signals';
import { listConsentServices, NECESSARY_STORES, summarizeService } from '@/lib/privacy/services';
import { getNodePage } from '@/lib/wordpress';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Cookie settings',
  description: 'What may run on this site beyond what it needs, and your choice about it.',
};

interface CookieSettingsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The cookie settings, as a page: the footer link's target and the way without JavaScript. */
export default async function CookieSettingsPage({ searchParams }: CookieSettingsPageProps) {
  const isGpcOn = isGpcHeaderOn((await headers()).get('sec-gpc'));
  const state = readConsentState((await cookies()).get(CONSENT_COOKIE)?.value, isGpcOn);
  const services = listConsentServices({ analyticsId: getConfig().analyticsId });
  const form = (
    <CookieSettingsForm
      state={state}
      services={services.map(summarizeService)}
      necessary={NECESSARY_STORES}
      isSaved={(await searchParams).saved === '1'}
    />
  );
  const chrome = await getNodePage('/').then(
    (page) => page.chrome,
    // The settings come from code, not WordPress: they stay usable when WordPress is down.
    () => null,
  );
  if (chrome) return <SiteFrame chrome={chrome}>{form}</SiteFrame>;
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
      {form}
    </main>
  );
}
