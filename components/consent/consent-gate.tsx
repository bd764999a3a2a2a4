'use client';

import type { ReactNode } from 'react';

import type { OptionalCategory } from '@/lib/privacy/consent/categories';

import { useConsent } from './use-consent';

interface ConsentGateProps {
  /** The service's category in the registry (lib/privacy/services.ts). */
  category: OptionalCategory;
  /** What runs once the category is allowed: a script loader, an iframe. */
  children: ReactNode;
  /** What shows until then. */
  placeholder?: ReactNode;
  /** The visitor allowed this one item just now, without a lasting choice. */
  isAllowedOnce?: boolean;
}

/**
 * The one door for anything that needs consent: its children render only in the browser,
 * only after the server has confirmed a choice that grants `category` (Global Privacy Control
 * applied). Server HTML and a visitor without a choice get the placeholder.
 */
export function ConsentGate({ category, children, placeholder, isAllowedOnce }: ConsentGateProps) {
  const { granted } = useConsent();
  return granted.includes(category) || isAllowedOnce ? children : (placeholder ?? null);
}
