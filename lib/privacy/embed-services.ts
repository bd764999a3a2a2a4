/**
 * The embed providers the site recognises in WordPress content: how a pasted URL or iframe
 * becomes the player's address, and what the provider does with a visitor's data.
 * @module
 */
import type { EmbedService } from './service-types';

/** Google's EU entity, which runs YouTube, Maps and Analytics for visitors in the EEA. */
export const GOOGLE = 'Google Ireland Limited, Gordon House, Barrow Street, Dublin 4, Ireland';
const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function youtubeId(url: URL): string | null {
  const host = url.hostname.replace(/^(?:www|m)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = parts[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
  }
  return id && YOUTUBE_ID.test(id) ? id : null;
}

function youtubeStart(url: URL): string | null {
  const value = url.searchParams.get('start') ?? url.searchParams.get('t');
  const seconds = value ? /^(\d+)s?$/.exec(value)?.[1] : undefined;
  return seconds ?? null;
}

export const YOUTUBE: EmbedService = {
  id: 'youtube',
  category: 'external-media',
  name: 'YouTube',
  provider: GOOGLE,
  purpose: 'Plays videos embedded in our pages, from its privacy-enhanced (no-cookie) domain.',
  stores: [
    {
      name: 'yt-remote-*, ytidb::*',
      kind: 'localStorage',
      purpose: 'Player settings and playback state, set by YouTube once a video plays',
      duration: 'until deleted',
    },
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  origins: { frame: ['https://www.youtube-nocookie.com'] },
  noun: 'video',
  toEmbedUrl(url) {
    const id = youtubeId(url);
    if (!id) return null;
    const embed = new URL(`https://www.youtube-nocookie.com/embed/${id}`);
    const start = youtubeStart(url);
    if (start) embed.searchParams.set('start', start);
    return embed.href;
  },
};

export const VIMEO: EmbedService = {
  id: 'vimeo',
  category: 'external-media',
  name: 'Vimeo',
  provider: 'Vimeo.com, Inc., 330 West 34th Street, 5th Floor, New York, NY 10001, USA',
  purpose: 'Plays videos embedded in our pages; asked not to track viewers (dnt=1).',
  stores: [
    {
      name: 'vuid',
      kind: 'cookie',
      purpose: 'Counts views of a video (Vimeo sets it only without do-not-track)',
      duration: '2 years',
    },
  ],
  privacyPolicyUrl: 'https://vimeo.com/privacy',
  origins: { frame: ['https://player.vimeo.com'] },
  noun: 'video',
  toEmbedUrl(url) {
    const host = url.hostname.replace(/^www\./, '');
    const parts = url.pathname.split('/').filter(Boolean);
    let id: string | undefined;
    if (host === 'vimeo.com') id = parts.at(-1);
    else if (host === 'player.vimeo.com' && parts[0] === 'video') id = parts[1];
    if (!id || !/^\d{1,12}$/.test(id)) return null;
    return `https://player.vimeo.com/video/${id}?dnt=1`;
  },
};

export const GOOGLE_MAPS: EmbedService = {
  id: 'google-maps',
  category: 'external-media',
  name: 'Google Maps',
  provider: GOOGLE,
  purpose: 'Shows maps embedded in our pages, for example how to find our office.',
  stores: [
    {
      name: 'NID, AEC, SOCS',
      kind: 'cookie',
      purpose: 'Set by Google on its own domain: preferences and abuse protection',
      duration: 'up to 13 months',
    },
  ],
  privacyPolicyUrl: 'https://policies.google.com/privacy',
  origins: { frame: ['https://www.google.com', 'https://maps.google.com'] },
  noun: 'map',
  toEmbedUrl(url, source) {
    if (source !== 'iframe') return null;
    const host = url.hostname;
    const isEmbed =
      ((host === 'www.google.com' || host === 'google.com') &&
        url.pathname.startsWith('/maps/embed')) ||
      (host === 'maps.google.com' && url.searchParams.get('output') === 'embed');
    if (!isEmbed) return null;
    const embed = new URL(url.href);
    embed.protocol = 'https:';
    if (embed.hostname === 'google.com') embed.hostname = 'www.google.com';
    return embed.href;
  },
};

export const OPENSTREETMAP: EmbedService = {
  id: 'openstreetmap',
  category: 'external-media',
  name: 'OpenStreetMap',
  provider: 'OpenStreetMap Foundation, St John’s Innovation Centre, Cambridge CB4 0WS, UK',
  purpose: 'Shows maps embedded in our pages.',
  stores: [],
  privacyPolicyUrl: 'https://osmfoundation.org/wiki/Privacy_Policy',
  origins: { frame: ['https://www.openstreetmap.org'] },
  noun: 'map',
  toEmbedUrl(url, source) {
    const host = url.hostname.replace(/^www\./, '');
    if (source !== 'iframe' || host !== 'openstreetmap.org') return null;
    if (url.pathname !== '/export/embed.html') return null;
    return `https://www.openstreetmap.org${url.pathname}${url.search}`;
  },
};

/** Every embed provider the site recognises in WordPress content. */
export const EMBED_SERVICES: readonly EmbedService[] = [YOUTUBE, VIMEO, GOOGLE_MAPS, OPENSTREETMAP];
