import 'server-only';

import { headers } from 'next/headers';

import { getConfig } from '@/lib/config';
import type { StepContext } from '@/lib/forms/newsletter-steps';
import { getReceipts } from '@/lib/forms/receipts';
import { getClientAddress } from '@/lib/http/client-address';
import { getSecret } from '@/lib/secret';

/** What a newsletter step's action needs to know about the request it answers. */
export async function getStepContext(): Promise<StepContext> {
  return {
    secret: getSecret(),
    siteUrl: getConfig().siteUrl,
    clientAddress: getClientAddress(await headers()),
    receipts: getReceipts(),
  };
}

/** The one token a step's post carries, or undefined for anything else (never throws). */
export function readTokenField(formData: unknown): string | undefined {
  if (!(formData instanceof FormData)) return undefined;
  const tokens = formData.getAll('token');
  return tokens.length === 1 && typeof tokens[0] === 'string' ? tokens[0] : undefined;
}
