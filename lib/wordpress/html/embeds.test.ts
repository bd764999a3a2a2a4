import { describe, expect, it } from 'vitest';

import { parseHtml, serializeHtml } from './dom';
import { embedProviderName, replaceEmbeds } from './embeds';

function embed(html: string, iframeHosts: string[] = []): string {
  const document = parseHtml(html);
  replaceEmbeds(document, iframeHosts);
  return serializeHtml(document);
}

function card(url: string, provider: string): string {
  return (
    `<a class="wp-embed-card" href="${url}" rel="noopener noreferrer">` +
    `<span class="wp-embed-card__provider">${provider}</span> <span class="wp-embed-card__url">${url}</span></a>`
  );
}

function placeholder(cardHtml: string, service: string, src: string, title?: string): string {
  const titleAttribute = title ? ` data-consent-title="${title}"` : '';
  return (
    `<span class="wp-embed-consent" data-consent-service="${service}" data-consent-src="${src}"${titleAttribute}>` +
    `${cardHtml}</span>`
  );
}

describe('embedProviderName', () => {
  it.each([
    ['https://www.youtube.com/watch?v=SQEQr7c0-dw', 'YouTube'],
    ['https://youtu.be/SQEQr7c0-dw', 'YouTube'],
    ['https://vimeo.com/22439234', 'Vimeo'],
    ['https://twitter.com/nacin/status/319508408669708289', 'Twitter/X'],
    ['https://x.com/nacin/status/319508408669708289', 'Twitter/X'],
    ['https://soundcloud.com/a/b', 'SoundCloud'],
    ['https://open.spotify.com/track/1', 'Spotify'],
    ['https://www.flickr.com/photos/a/1', 'Flickr'],
    ['https://wordpress.tv/2024/01/01/talk/', 'WordPress.tv'],
    ['https://www.example.org/page', 'example.org'],
    ['https://notyoutube.com/x', 'notyoutube.com'],
  ])('names %s as %s', (url, name) => {
    expect(embedProviderName(new URL(url))).toBe(name);
  });
});

describe('replaceEmbeds', () => {
  it('turns a paragraph holding only a YouTube URL into a card in a no-cookie placeholder', () => {
    const url = 'https://www.youtube.com/watch?v=SQEQr7c0-dw';
    expect(embed(`<p>${url}</p>`)).toBe(
      `<p>${placeholder(card(url, 'YouTube'), 'youtube', 'https://www.youtube-nocookie.com/embed/SQEQr7c0-dw')}</p>`,
    );
  });

  it('leaves the card of a provider without a player in the registry unwrapped', () => {
    const url = 'https://soundcloud.com/a/b';
    expect(embed(`<p>${url}</p>`)).toBe(`<p>${card(url, 'SoundCloud')}</p>`);
  });

  it('wraps a Google Maps iframe, keeping its title, but not a link to Google Maps', () => {
    const src = 'https://www.google.com/maps/embed?pb=!1m18!2d-0.1';
    expect(embed(`<iframe src="${src}" title="Our office"></iframe>`)).toBe(
      placeholder(card(src, 'google.com'), 'google-maps', src, 'Our office'),
    );
    const link = 'https://www.google.com/maps/place/Somewhere';
    expect(embed(`<p>${link}</p>`)).toBe(`<p>${card(link, 'google.com')}</p>`);
  });

  it('turns a WordPress embed block into a card and keeps its caption', () => {
    const url = 'https://vimeo.com/22439234';
    const input =
      `<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">\n${url}\n</div>` +
      '<figcaption>Caption</figcaption></figure>';
    const player = 'https://player.vimeo.com/video/22439234?dnt=1';
    expect(embed(input)).toBe(
      '<figure class="wp-block-embed is-type-video is-provider-vimeo"><div class="wp-block-embed__wrapper">\n' +
        `${placeholder(card(url, 'Vimeo'), 'vimeo', player)}\n</div><figcaption>Caption</figcaption></figure>`,
    );
  });

  it('turns a leftover [embed] shortcode into a card, keeping the text around it', () => {
    const url = 'https://soundcloud.com/a/b';
    expect(embed(`<p>Listen: [embed width="300"]${url}[/embed] now</p>`)).toBe(
      `<p>Listen: ${card(url, 'SoundCloud')} now</p>`,
    );
  });

  it('turns a URL on its own line between line breaks into a card', () => {
    const url = 'https://example.org/x';
    expect(embed(`<p>Intro<br>\n${url}<br>\nOutro</p>`)).toBe(
      `<p>Intro<br>\n${card(url, 'example.org')}<br>\nOutro</p>`,
    );
  });

  it('leaves a URL inside a sentence, a link or code alone', () => {
    const input =
      '<p>See https://example.org/x today</p><p><a href="https://example.org/x">https://example.org/x</a></p>' +
      '<pre>https://example.org/x</pre><li>https://example.org/x</li>';
    expect(embed(input)).toBe(input);
  });

  it('replaces an iframe from a host outside the allowlist and keeps an allowed one', () => {
    const input =
      '<iframe src="https://player.vimeo.com/video/1"></iframe><iframe src="https://www.youtube.com/embed/x"></iframe>';
    const vimeo = 'https://player.vimeo.com/video/1';
    expect(embed(input, ['www.youtube.com'])).toBe(
      `${placeholder(card(vimeo, 'Vimeo'), 'vimeo', `${vimeo}?dnt=1`)}<iframe src="https://www.youtube.com/embed/x"></iframe>`,
    );
  });

  it('leaves a non-http iframe for the sanitiser to remove', () => {
    const input = '<iframe src="javascript:alert(1)"></iframe>';
    expect(embed(input)).toBe(input);
  });

  it('escapes the ampersands of a URL with a query', () => {
    expect(embed('<p>https://example.org/?a=1&amp;b=2</p>')).toBe(
      `<p>${card('https://example.org/?a=1&amp;b=2', 'example.org')}</p>`,
    );
  });

  it('leaves a URL with a quote in it, as WordPress does', () => {
    expect(embed('<p>https://example.org/?q=&quot;x</p>')).toBe('<p>https://example.org/?q="x</p>');
  });
});
