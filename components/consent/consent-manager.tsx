'use client';

import { useEffect } from 'react';

import type { ServiceSummary, StoredItem } from '@/lib/privacy/services';

import { ConsentBanner } from './consent-banner';
import { ConsentSettingsDialog } from './consent-settings-dialog';
import { startConsent } from './consent-store';
import { useConsent } from './use-consent';
import { COOKIE_SETTINGS_PATH } from './cookie-settings-link';
import { EmbedGates } from './embed-gates';
import { GoogleAnalytics } from './google-analytics';

interface ConsentManagerProps {
  services: readonly ServiceSummary[];
  necessary: readonly StoredItem[];
  analyticsId?: string;
}

/**
 * Everything consent does in the browser: reads the choice once per page load, shows the
 * banner to a visitor without one, and runs the gates. Pages are shared between visitors, so
 * none of this is in the server's HTML.
 */
export function ConsentManager({ services, necessary, analyticsId }: ConsentManagerProps) {
  const { status } = useConsent();
  useEffect(() => {
    void startConsent();
  }, []);
  // Lets tests (and styles) tell when the choice is known: `undecided` or `decided`.
  useEffect(() => {
    document.documentElement.setAttribute('data-consent', status);
  }, [status]);

  return (
    <>
      <EmbedGates services={services} />
      {analyticsId ? <GoogleAnalytics measurementId={analyticsId} /> : null}
      <ConsentSettingsDialog services={services} necessary={necessary} />
      <ConsentBanner settingsHref={COOKIE_SETTINGS_PATH} />
    </>
  );
}
