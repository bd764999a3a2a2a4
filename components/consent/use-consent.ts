import { useSyncExternalStore } from 'react';

import {
  getConsentSnapshot,
  getServerConsentSnapshot,
  subscribeConsent,
  type ConsentSnapshot,
} from './consent-store';

/** The visitor's consent, re-rendering on every change. */
export function useConsent(): ConsentSnapshot {
  return useSyncExternalStore(subscribeConsent, getConsentSnapshot, getServerConsentSnapshot);
}
