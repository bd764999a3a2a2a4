import { getConfig } from '@/lib/config';
import { listConsentServices, serviceOrigins } from '@/lib/privacy/services';

import type { CspAllowances } from './csp';

let cached: CspAllowances | undefined;

/**
 * The origins the CSP must allow for the consent-gated services (lib/privacy/services.ts).
 * Whether a service runs at all is decided by consent, before anything loads; the policy
 * keeps out everything the registry does not name. Script origins need no entry: scripts
 * that a nonce-bearing script loads run under 'strict-dynamic'.
 */
export function getCspAllowances(): CspAllowances {
  if (cached) return cached;
  const services = listConsentServices({ analyticsId: getConfig().analyticsId });
  cached = {
    frameOrigins: serviceOrigins(services, 'frame'),
    connectOrigins: serviceOrigins(services, 'connect'),
    imageOrigins: serviceOrigins(services, 'img'),
  };
  return cached;
}
