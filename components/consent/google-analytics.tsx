'use client';

import { useEffect } from 'react';

import type { OptionalCategory } from '@/lib/privacy/consent/categories';

import { ConsentGate } from './consent-gate';
import { onWithdraw } from './consent-store';
import { useConsent } from './use-consent';

type ConsentModeValue = 'granted' | 'denied';

interface GtagWindow {
  dataLayer?: unknown[];
  gtag?: (...args: unknown[]) => void;
}

const TAG_ORIGIN = 'https://www.googletagmanager.com';

/** Google Consent Mode v2 signals for a set of granted categories. */
export function consentModeState(
  granted: readonly OptionalCategory[],
): Record<string, ConsentModeValue> {
  const value = (category: OptionalCategory): ConsentModeValue =>
    granted.includes(category) ? 'granted' : 'denied';
  return {
    analytics_storage: value('statistics'),
    ad_storage: value('marketing'),
    ad_user_data: value('marketing'),
    ad_personalization: value('marketing'),
    functionality_storage: value('preferences'),
    personalization_storage: value('preferences'),
  };
}

const ALL_DENIED = { ...consentModeState([]), security_storage: 'denied' };

function gtagWindow(): GtagWindow {
  return window as unknown as GtagWindow;
}

/** The gtag() queue that gtag.js reads when it arrives. */
function ensureGtag(): (...args: unknown[]) => void {
  const w = gtagWindow();
  w.dataLayer ??= [];
  w.gtag ??= function gtag() {
    // gtag.js reads Arguments objects from the queue, not arrays.
    // eslint-disable-next-line prefer-rest-params
    w.dataLayer!.push(arguments);
  };
  return w.gtag;
}

/** The nonce Next stamped on its own scripts, when the CSP gave one. */
function readNonce(): string | undefined {
  return document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce || undefined;
}

function GoogleAnalyticsTag({ measurementId }: { measurementId: string }) {
  const { granted } = useConsent();

  useEffect(() => {
    if (document.getElementById('google-analytics')) return;
    const gtag = ensureGtag();
    gtag('consent', 'default', ALL_DENIED);
    gtag('set', 'ads_data_redaction', true);
    gtag('js', new Date());
    gtag('config', measurementId);
    const script = document.createElement('script');
    script.id = 'google-analytics';
    script.async = true;
    script.src = `${TAG_ORIGIN}/gtag/js?id=${encodeURIComponent(measurementId)}`;
    const nonce = readNonce();
    if (nonce) script.nonce = nonce;
    document.head.append(script);
  }, [measurementId]);

  useEffect(() => {
    ensureGtag()('consent', 'update', consentModeState(granted));
  }, [granted]);

  return null;
}

/**
 * Google Analytics behind the statistics gate, with Consent Mode v2: every signal denied
 * before the tag loads, then updated to what the visitor granted. Withdrawing statistics
 * deletes its cookies and reloads the page, so the tag is gone from then on.
 */
export function GoogleAnalytics({ measurementId }: { measurementId: string }) {
  useEffect(
    () =>
      onWithdraw((withdrawn) => {
        if (!withdrawn.includes('statistics')) return;
        gtagWindow().gtag?.('consent', 'update', consentModeState([]));
        deleteCookies(/^_ga(?:_|$)/);
        if (document.getElementById('google-analytics')) window.location.reload();
      }),
    [],
  );
  return (
    <ConsentGate category="statistics">
      <GoogleAnalyticsTag measurementId={measurementId} />
    </ConsentGate>
  );
}

/** Expires first-party cookies whose names match, on this host and each parent domain. */
function deleteCookies(pattern: RegExp): void {
  const names = document.cookie
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter((name) => pattern.test(name));
  const labels = location.hostname.split('.');
  const domains = labels.map((_, index) => labels.slice(index).join('.'));
  for (const name of names) {
    document.cookie = `${name}=; Max-Age=0; Path=/`;
    for (const domain of domains) document.cookie = `${name}=; Max-Age=0; Path=/; Domain=${domain}`;
  }
}
