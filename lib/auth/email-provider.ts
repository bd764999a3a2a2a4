import type { EmailConfig } from 'next-auth/providers/email';

import { enqueueSignInLink } from '@/lib/submissions';

import { toSiteLink } from './sign-in-link';
import { EMAIL_PROVIDER_ID, SIGN_IN_LINK_TTL_SECONDS } from './tunables';

/**
 * The magic-link provider. Sending only enqueues the link: whether the address is a
 * customer's is the worker's question (lib/submissions/handlers.ts), so the answer and its
 * timing are the same for every address.
 */
export function createEmailProvider(siteUrl: string): EmailConfig {
  return {
    id: EMAIL_PROVIDER_ID,
    type: 'email',
    name: 'Email',
    maxAge: SIGN_IN_LINK_TTL_SECONDS,
    sendVerificationRequest({ identifier, url }) {
      enqueueSignInLink({ email: identifier, url: toSiteLink(url, siteUrl) });
    },
    options: {},
  };
}
