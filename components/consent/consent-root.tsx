import { getConfig } from '@/lib/config';
import { listConsentServices, NECESSARY_STORES, summarizeService } from '@/lib/privacy/services';

import { ConsentManager } from './consent-manager';

/** The consent banner, settings and gates, fed from the service registry. */
export function ConsentRoot() {
  const { analyticsId } = getConfig();
  const services = listConsentServices({ analyticsId }).map(summarizeService);
  return (
    <ConsentManager services={services} necessary={NECESSARY_STORES} analyticsId={analyticsId} />
  );
}
