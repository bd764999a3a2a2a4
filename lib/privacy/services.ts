/**
 * The registry of every service that needs consent: what it is for, who runs it, what it
 * stores in the visitor's browser, and which origins the browser contacts once it runs. The
 * consent banner, the click-to-load placeholders, the privacy statement and the
 * Content-Security-Policy all read it, and its content is the consent version: a change here
 * asks every visitor again (see consent/version.ts).
 * @module
 */
import { CONSENT_COOKIE } from './consent/cookie-name';
import { EMBED_SERVICES, GOOGLE } from './embed-services';
import type { ConsentService, EmbedService, ServiceOrigins, StoredItem } from './service-types';

export type { ConsentService, EmbedService, ServiceOrigins, StoredItem } from './service-types';
export { EMBED_SERVICES, GOOGLE_MAPS, OPENSTREETMAP, VIMEO, YOUTUBE } from './embed-services';
export { CONSENT_COOKIE } from './consent/cookie-name';

/** Google Analytics 4, loaded only with statistics consent and when an id is configured. */
export const GOOGLE_ANALYTICS: ConsentService = {
  id: 'google-analytics',
  category: 'statistics',
  name: 'Google Analytics',
  provider: GOOGLE,
  purpose:
    'Counts visits and page views so we can see which content helps. Google Consent Mode ' +
    'keeps advertising signals off unless you allow marketing.',
  stores: [
    {
      name: '_ga',
      kind: 'cookie',
      purpose: 'Tells visits by the same browser apart',
      duration: '2 years',
    },
    {
      name: '_ga_<container id>',
      kind: 'cookie',
      purpose: 'Keeps the state of the current visit',
      duration: '2 years',
    },
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  origins: {
    script: ['https://www.googletagmanager.com'],
    connect: [
      'https://www.google-analytics.com',
      'https://*.google-analytics.com',
      'https://*.analytics.google.com',
      'https://www.googletagmanager.com',
    ],
    img: ['https://www.google-analytics.com', 'https://www.googletagmanager.com'],
  },
};

/**
 * What the site itself stores without asking, because a visitor's own request needs it.
 * Other parts of the site add their cookies here as they add them.
 */
export const NECESSARY_STORES: readonly StoredItem[] = [
  {
    name: CONSENT_COOKIE,
    kind: 'cookie',
    purpose: 'Remembers your cookie choices and their version, signed so nobody can alter them',
    duration: '6 months',
  },
  {
    name: 'portico-postpass',
    kind: 'cookie',
    purpose: 'Remembers the password you gave for a protected post, for that post only',
    duration: '10 days',
  },
  {
    name: 'portico-postpass-error',
    kind: 'cookie',
    purpose: 'Shows why a password attempt failed',
    duration: '1 minute',
  },
  {
    name: 'portico-preview',
    kind: 'cookie',
    purpose: 'Lets an editor see an unpublished draft',
    duration: '1 hour',
  },
];

/** The services in use: the embed providers always, analytics when an id is configured. */
export function listConsentServices(options: { analyticsId?: string }): ConsentService[] {
  return [...EMBED_SERVICES, ...(options.analyticsId ? [GOOGLE_ANALYTICS] : [])];
}

/**
 * The embed service and iframe address for a URL from WordPress content, or null when no
 * registered provider embeds it.
 */
export function findEmbed(
  url: URL,
  source: 'link' | 'iframe',
): { service: EmbedService; src: string } | null {
  for (const service of EMBED_SERVICES) {
    const src = service.toEmbedUrl(url, source);
    if (src) return { service, src };
  }
  return null;
}

/** Every origin the services contact for one CSP directive, for the Content-Security-Policy. */
export function serviceOrigins(
  services: readonly ConsentService[],
  directive: keyof ServiceOrigins,
): string[] {
  return [...new Set(services.flatMap((service) => service.origins[directive] ?? []))];
}

/** What the browser needs to know of a service: serialisable, without its functions. */
export interface ServiceSummary extends Omit<ConsentService, 'origins'> {
  /** Origins its iframes may come from; the gate refuses any other address. */
  frameOrigins: readonly string[];
  /** "video", "map": set for embed providers. */
  noun?: string;
}

/** The browser's view of a service. */
export function summarizeService(service: ConsentService): ServiceSummary {
  return {
    id: service.id,
    category: service.category,
    name: service.name,
    provider: service.provider,
    purpose: service.purpose,
    stores: service.stores,
    privacyPolicyUrl: service.privacyPolicyUrl,
    frameOrigins: service.origins.frame ?? [],
    ...('noun' in service && typeof service.noun === 'string' ? { noun: service.noun } : {}),
  };
}
