import type { Metadata } from 'next';

import { RegisterView } from '@/components/privacy/register-view';
import { SiteFrame } from '@/components/site-frame';
import { getRegister } from '@/lib/privacy/register';
import { getNodePage, type SiteChrome } from '@/lib/wordpress';

export const metadata: Metadata = {
  title: 'Register of processing activities',
  description: 'What personal data we process, why, on which legal basis, and for how long.',
  alternates: { types: { 'application/json': '/privacy/register.json' } },
};

/** The site's chrome from WordPress, or null when WordPress does not answer. */
async function findChrome(): Promise<SiteChrome | null> {
  try {
    return (await getNodePage('/')).chrome;
  } catch {
    return null;
  }
}

/** The public processing register, inside the site's frame when WordPress answers. */
export default async function RegisterPage() {
  const register = <RegisterView register={getRegister()} />;
  const chrome = await findChrome();
  if (chrome) return <SiteFrame chrome={chrome}>{register}</SiteFrame>;
  // The register comes from code, not WordPress: it stays readable when WordPress is down.
  return (
    <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-10">
      {register}
    </main>
  );
}
