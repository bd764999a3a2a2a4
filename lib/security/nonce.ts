import { headers } from 'next/headers';

import { NONCE_HEADER } from './nonce-header';

/**
 * This request's CSP nonce, for a server component that renders a <script> of its own (Next
 * stamps its own scripts). Reading it makes the page render per request, as nonces require.
 */
export async function getNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
