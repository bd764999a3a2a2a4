import { describe, expect, it } from 'vitest';

import { OPTIONAL_CATEGORIES } from './consent/categories';
import {
  EMBED_SERVICES,
  findEmbed,
  listConsentServices,
  NECESSARY_STORES,
  serviceOrigins,
  summarizeService,
} from './services';

const all = listConsentServices({ analyticsId: 'G-TEST1234' });

describe('the service registry', () => {
  it('gives each service a unique id, a known category, a provider, a purpose and an https privacy policy', () => {
    expect(new Set(all.map((service) => service.id)).size).toBe(all.length);
    for (const service of all) {
      expect(OPTIONAL_CATEGORIES).toContain(service.category);
      expect(service.provider.length).toBeGreaterThan(5);
      expect(service.purpose.length).toBeGreaterThan(10);
      expect(new URL(service.privacyPolicyUrl).protocol).toBe('https:');
    }
  });

  it('lists only https origins (or https wildcards), without paths', () => {
    for (const service of all) {
      for (const origin of Object.values(service.origins).flat()) {
        expect(origin).toMatch(/^https:\/\/(?:\*\.)?[a-z0-9.-]+$/);
      }
    }
  });

  it('puts every embed provider under external media, with the origin of its players', () => {
    for (const service of EMBED_SERVICES) {
      expect(service.category).toBe('external-media');
      expect(service.origins.frame?.length).toBeGreaterThan(0);
    }
  });

  it('lists Google Analytics only when an id is configured', () => {
    expect(listConsentServices({}).map((service) => service.id)).not.toContain('google-analytics');
    expect(all.find((service) => service.id === 'google-analytics')?.category).toBe('statistics');
  });

  it('names the consent cookie among the necessary items', () => {
    expect(NECESSARY_STORES.map((item) => item.name)).toContain('portico-consent');
  });

  it('gives the CSP the union of origins per directive', () => {
    expect(serviceOrigins(all, 'frame')).toEqual(
      expect.arrayContaining(['https://www.youtube-nocookie.com', 'https://player.vimeo.com']),
    );
    expect(serviceOrigins(listConsentServices({}), 'connect')).toEqual([]);
  });

  it('summarises a service for the browser without functions', () => {
    const summary = summarizeService(EMBED_SERVICES[0]!);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    expect(summary.frameOrigins).toEqual(['https://www.youtube-nocookie.com']);
  });
});

describe('findEmbed', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=Xn0rthw1nd0',
      'https://www.youtube-nocookie.com/embed/Xn0rthw1nd0',
    ],
    [
      'https://youtu.be/Xn0rthw1nd0?t=42',
      'https://www.youtube-nocookie.com/embed/Xn0rthw1nd0?start=42',
    ],
    [
      'https://www.youtube.com/embed/Xn0rthw1nd0',
      'https://www.youtube-nocookie.com/embed/Xn0rthw1nd0',
    ],
    [
      'https://m.youtube.com/shorts/Xn0rthw1nd0',
      'https://www.youtube-nocookie.com/embed/Xn0rthw1nd0',
    ],
    ['https://vimeo.com/22439234', 'https://player.vimeo.com/video/22439234?dnt=1'],
  ])('plays %s from %s', (url, src) => {
    expect(findEmbed(new URL(url), 'link')?.src).toBe(src);
  });

  it('embeds maps only from their embed iframes', () => {
    const maps = 'https://www.google.com/maps/embed?pb=!1m18';
    expect(findEmbed(new URL(maps), 'iframe')?.service.id).toBe('google-maps');
    expect(findEmbed(new URL(maps), 'link')).toBeNull();
    const osm = 'https://www.openstreetmap.org/export/embed.html?bbox=1,2,3,4&layer=mapnik';
    expect(findEmbed(new URL(osm), 'iframe')?.src).toBe(osm);
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/channel/UC123',
    'https://notyoutube.com/watch?v=Xn0rthw1nd0',
    'https://www.youtube.com.evil.example/watch?v=Xn0rthw1nd0',
    'https://vimeo.com/about',
    'https://www.google.com/search?q=maps',
  ])('embeds nothing for %s', (url) => {
    expect(findEmbed(new URL(url), 'iframe')).toBeNull();
  });
});
