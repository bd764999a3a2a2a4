'use client';

import { useEffect, useRef } from 'react';

import { CHOICE_BUTTON, SECONDARY_BUTTON } from './button-styles';
import { openConsentSettings, saveConsent, type ConsentAction } from './consent-store';
import { useConsent } from './use-consent';

/**
 * The first-visit banner: fixed over the bottom of the page, so the page under it never
 * moves. Focus moves into it when it appears and back where it was after a choice.
 */
export function ConsentBanner({ settingsHref }: { settingsHref: string }) {
  const { status, isGpcOn, error } = useConsent();
  const bannerRef = useRef<HTMLDivElement>(null);
  const previousFocus = useRef<Element | null>(null);
  const isOpen = status === 'undecided';

  useEffect(() => {
    if (!isOpen) return;
    previousFocus.current = document.activeElement;
    bannerRef.current?.focus();
    // Keeps whatever keyboard focus reaches scrolled clear of the banner (WCAG 2.4.11).
    const root = document.documentElement;
    root.style.scrollPaddingBottom = `${bannerRef.current?.offsetHeight ?? 0}px`;
    return () => {
      root.style.scrollPaddingBottom = '';
    };
  }, [isOpen]);

  if (!isOpen) return null;

  const choose = async (action: ConsentAction) => {
    const previous = previousFocus.current;
    if (!(await saveConsent(action))) return;
    if (previous instanceof HTMLElement && previous !== document.body && previous.isConnected) {
      previous.focus();
    } else if (document.activeElement instanceof HTMLElement) {
      document.activeElement.blur();
    }
  };

  return (
    <div
      ref={bannerRef}
      role="dialog"
      aria-modal="false"
      aria-labelledby="consent-banner-title"
      aria-describedby="consent-banner-text"
      tabIndex={-1}
      className="fixed inset-x-0 bottom-0 z-40 max-h-[60vh] overflow-y-auto border-t-4 border-ink bg-white text-ink shadow-2xl"
    >
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-5 md:flex-row md:items-end md:justify-between">
        <div className="max-w-2xl space-y-2">
          <h2 id="consent-banner-title" className="text-lg font-bold">
            Your choice: cookies and external media
          </h2>
          <p id="consent-banner-text" className="text-sm">
            We only use what this site needs to work, unless you allow more: statistics, and videos
            or maps from other providers, which then receive your IP address. Change your mind at
            any time under{' '}
            <a href={settingsHref} className="underline">
              Cookie settings
            </a>{' '}
            at the bottom of every page.
          </p>
          {isGpcOn ? (
            <p className="text-sm font-semibold">
              Your browser sends a Global Privacy Control signal, so statistics and marketing stay
              off whatever you choose.
            </p>
          ) : null}
          <p role="status" className="text-sm font-semibold text-red-800">
            {error}
          </p>
        </div>
        <div className="flex flex-wrap gap-3 md:shrink-0 md:flex-nowrap">
          <button type="button" className={CHOICE_BUTTON} onClick={() => void choose('accept-all')}>
            Accept all
          </button>
          <button type="button" className={CHOICE_BUTTON} onClick={() => void choose('reject-all')}>
            Reject all
          </button>
          <button
            type="button"
            className={SECONDARY_BUTTON}
            onClick={(event) => openConsentSettings(event.currentTarget)}
          >
            Choose
          </button>
        </div>
      </div>
    </div>
  );
}
