import 'server-only';

import { headers } from 'next/headers';

import type { SubmissionContext } from '@/lib/forms/handle-submission';
import { getReceipts } from '@/lib/forms/receipts';
import { getClientAddress } from '@/lib/http/client-address';
import { getSecret } from '@/lib/secret';

/** What a form action needs to know about the request it answers. */
export async function getSubmissionContext(form: string): Promise<SubmissionContext> {
  return {
    form,
    secret: getSecret(),
    clientAddress: getClientAddress(await headers()),
    receipts: getReceipts(),
  };
}
