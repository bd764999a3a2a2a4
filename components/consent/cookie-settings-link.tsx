'use client';

import Link from 'next/link';

import { openConsentSettings } from './consent-store';

export const COOKIE_SETTINGS_PATH = '/privacy/cookies/';

/**
 * "Cookie settings": opens the choices in place. Without JavaScript it is a plain link to the
 * settings page, whose form works without it.
 */
export function CookieSettingsLink({ className }: { className?: string }) {
  return (
    <Link
      href={COOKIE_SETTINGS_PATH}
      prefetch={false}
      className={className}
      onClick={(event) => {
        event.preventDefault();
        openConsentSettings(event.currentTarget);
      }}
    >
      Cookie settings
    </Link>
  );
}
