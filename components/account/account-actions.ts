'use server';

import { redirect } from 'next/navigation';

import { signOut } from '@/lib/auth';
import { accountChangeLimit } from '@/lib/auth/account-change-limit';
import { requireCustomer } from '@/lib/auth/customer';
import { mailErasureConfirmation } from '@/lib/auth/erasure';
import { switchNewsletter } from '@/lib/auth/newsletter-switch';
import { getConfig } from '@/lib/config';
import { getLogger } from '@/lib/log';
import { getSecret } from '@/lib/secret';

const DATA_PAGE = '/account/data/';

/** Ends this session (the row too, so a copy of the cookie ends with it). */
export async function signOutCustomer(): Promise<void> {
  await signOut({ redirectTo: '/account/login/?signed-out=1' });
}

/** The newsletter switch: `newsletter` is "on" or "off". */
export async function setNewsletter(formData: FormData): Promise<void> {
  const customer = await requireCustomer(DATA_PAGE);
  const choice = formData.get('newsletter');
  if (choice !== 'on' && choice !== 'off') redirect(DATA_PAGE);
  if (!accountChangeLimit.hit(customer.id).allowed) redirect(`${DATA_PAGE}?done=limited`);
  switchNewsletter(customer, choice === 'on');
  redirect(`${DATA_PAGE}?done=newsletter-${choice}`);
}

/** Mails the link that confirms an erasure request. */
export async function askForErasure(): Promise<void> {
  const customer = await requireCustomer(DATA_PAGE);
  if (!accountChangeLimit.hit(customer.id).allowed) redirect(`${DATA_PAGE}?done=limited`);
  try {
    await mailErasureConfirmation(customer, { secret: getSecret(), siteUrl: getConfig().siteUrl });
  } catch (error) {
    getLogger().error({ err: (error as Error).name }, 'account.erasure_mail_failed');
    redirect(`${DATA_PAGE}?done=unavailable`);
  }
  redirect(`${DATA_PAGE}?done=erasure-mail`);
}
