'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

import type { ServiceSummary } from '@/lib/privacy/services';

import { EmbedGate, type EmbedSlot } from './embed-gate';

/** The placeholders lib/wordpress/html/embeds.ts leaves in WordPress content. */
const PLACEHOLDER = 'span.wp-embed-consent[data-consent-service][data-consent-src]';

/**
 * Finds the embed placeholders in the page's WordPress content (HTML set on the server, so no
 * React component of its own) and renders a gate into each. An address whose origin the
 * registry does not list for its service is left as the plain link card: content cannot
 * smuggle another iframe through the placeholder.
 */
export function EmbedGates({ services }: { services: readonly ServiceSummary[] }) {
  const pathname = usePathname();
  const [slots, setSlots] = useState<EmbedSlot[]>([]);

  useEffect(() => {
    const byId = new Map(services.map((service) => [service.id, service]));
    const found: EmbedSlot[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(PLACEHOLDER)) {
      const service = byId.get(element.dataset.consentService ?? '');
      const src = element.dataset.consentSrc ?? '';
      if (service && isAllowedSource(src, service)) {
        found.push({ element, service, src, title: element.dataset.consentTitle });
      }
    }
    // The content's DOM is only known after the page rendered; this syncs React with it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setSlots(found);
  }, [pathname, services]);

  return slots.map((slot, index) =>
    createPortal(<EmbedGate slot={slot} />, slot.element, `${pathname}#${index}`),
  );
}

function isAllowedSource(src: string, service: ServiceSummary): boolean {
  if (!URL.canParse(src)) return false;
  const url = new URL(src);
  return url.protocol === 'https:' && service.frameOrigins.includes(url.origin);
}
