'use client';

import { useEffect, useState } from 'react';

import type { ServiceSummary } from '@/lib/privacy/services';

import { ConsentGate } from './consent-gate';
import { onWithdraw, saveConsent } from './consent-store';
import { useConsent } from './use-consent';

export interface EmbedSlot {
  element: HTMLElement;
  service: ServiceSummary;
  src: string;
  title?: string;
}

const BUTTON =
  'inline-flex min-h-11 items-center rounded-md border-2 border-accent px-4 font-semibold ' +
  'text-accent hover:bg-accent hover:text-white';

/**
 * One embedded player or map behind the consent gate: a placeholder naming the provider, with
 * its privacy policy, until external media are allowed or the visitor loads this one.
 */
export function EmbedGate({ slot }: { slot: EmbedSlot }) {
  const { granted } = useConsent();
  const [isAllowedOnce, setAllowedOnce] = useState(false);
  const { service, element } = slot;
  const isLoaded = isAllowedOnce || granted.includes(service.category);
  const noun = service.noun ?? 'content';

  useEffect(() => onWithdraw(() => setAllowedOnce(false)), []);
  useEffect(() => {
    element.setAttribute('data-consent-state', isLoaded ? 'loaded' : 'blocked');
  }, [element, isLoaded]);

  const placeholder = (
    <span className="flex flex-col gap-3 text-base">
      <span className="block font-semibold">
        This {noun} is hosted by {service.name} and is not loaded yet.
      </span>
      <span className="block text-sm">
        Loading it sends your IP address and browser details to {service.provider}. Read the{' '}
        <a href={service.privacyPolicyUrl} rel="noopener noreferrer" className="underline">
          {service.name} privacy policy
        </a>
        .
      </span>
      <span className="flex flex-wrap gap-3">
        <button type="button" className={BUTTON} onClick={() => setAllowedOnce(true)}>
          Load this {noun}
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => void saveConsent('custom', [...granted, 'external-media'])}
        >
          Always allow external media
        </button>
      </span>
    </span>
  );

  return (
    <ConsentGate
      category={service.category}
      isAllowedOnce={isAllowedOnce}
      placeholder={placeholder}
    >
      <iframe
        src={slot.src}
        title={slot.title ?? `${service.name} ${noun}`}
        className="absolute inset-0 h-full w-full border-0"
        allow="accelerometer; clipboard-write; encrypted-media; gyroscope; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
    </ConsentGate>
  );
}
