import { describe, expect, it } from 'vitest';

import { GOOGLE_ANALYTICS, listConsentServices, YOUTUBE, type ConsentService } from '../services';
import { computeConsentVersion } from './version';

const services = listConsentServices({});

describe('computeConsentVersion', () => {
  it('is stable for the same registry, whatever the order', () => {
    expect(computeConsentVersion(services)).toBe(computeConsentVersion([...services].reverse()));
  });

  it('changes when a service is added, so every visitor is asked again', () => {
    expect(computeConsentVersion(listConsentServices({ analyticsId: 'G-TEST1234' }))).not.toBe(
      computeConsentVersion(services),
    );
  });

  it.each<[string, Partial<ConsentService>]>([
    ['purpose', { purpose: 'Also something new.' }],
    ['category', { category: 'marketing' }],
    ['provider', { provider: 'Another company' }],
    ['stored items', { stores: [] }],
    ['privacy policy', { privacyPolicyUrl: 'https://example.org/privacy' }],
    ['origins', { origins: { frame: ['https://www.youtube.com'] } }],
  ])('changes when a service changes its %s', (_field, change) => {
    const changed = services.map((service) =>
      service.id === YOUTUBE.id ? { ...service, ...change } : service,
    );
    expect(computeConsentVersion(changed)).not.toBe(computeConsentVersion(services));
  });

  it('is short and safe in a cookie', () => {
    expect(computeConsentVersion([GOOGLE_ANALYTICS])).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });
});
