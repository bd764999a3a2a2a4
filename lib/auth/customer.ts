import 'server-only';

import { redirect } from 'next/navigation';

import { getCustomerCrm, type Customer } from '@/lib/crm';

import { auth } from './index';
import { toAccountPath } from './account-path';

/** The signed-in customer, or null without a session or when the address is no longer one. */
export async function getSignedInCustomer(): Promise<Customer | null> {
  const session = await auth();
  const email = session?.user?.email;
  if (!email) return null;
  return getCustomerCrm().findCustomerByEmail(email);
}

/** The signed-in customer; without one, a redirect to the login page that comes back here. */
export async function requireCustomer(returnPath: string): Promise<Customer> {
  const customer = await getSignedInCustomer();
  if (customer) return customer;
  const callbackUrl = toAccountPath(returnPath);
  redirect(`/account/login/?callbackUrl=${encodeURIComponent(callbackUrl)}`);
}
