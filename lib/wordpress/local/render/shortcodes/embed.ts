/**
 * WordPress's WP_Embed as it behaves with no network: the [embed] shortcode (priority 8)
 * and autoembed of URLs alone on a line. oEmbed always fails, so a URL stays a URL
 * (autoembed) or becomes a plain link ([embed]); audio and video file URLs still become
 * players through the core embed handlers.
 * @module
 */
import { replaceInHtmlTags } from '../html-split';
import { escUrl } from '../url';
import { doShortcode, type ShortcodeHandler } from './do-shortcode';

const AUDIO_URL = /^https?:\/\/.+?\.(mp3|ogg|flac|m4a|wav)$/i;
const VIDEO_URL = /^https?:\/\/.+?\.(mp4|m4v|webm|ogv|flv)$/i;

/** Renders an [audio] or [video] shortcode for a file URL (the core embed handlers). */
export type MediaRenderer = (kind: 'audio' | 'video', src: string) => string;

function escHtml(text: string): string {
  return text
    .replace(/&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

/** Port of WP_Embed::shortcode with every oEmbed request failing. */
function embedUrl(rawUrl: string, linkIfUnknown: boolean, media: MediaRenderer): string {
  const url = rawUrl.split('&amp;').join('&');
  if (AUDIO_URL.test(url)) return media('audio', url);
  if (VIDEO_URL.test(url)) return media('video', url);
  return linkIfUnknown ? `<a href="${escUrl(url)}">${escHtml(url)}</a>` : url;
}

/** Port of WP_Embed::run_shortcode: runs only [embed], before wpautop and texturize. */
export function runEmbedShortcode(content: string, media: MediaRenderer): string {
  const handler: ShortcodeHandler = (attrs, url) => {
    const target = url || attrs.src || '';
    return target ? embedUrl(target, true, media) : '';
  };
  return doShortcode(content, new Map([['embed', handler]]));
}

/** Port of WP_Embed::autoembed. */
export function autoembed(input: string, media: MediaRenderer): string {
  const lineBreak = '<!-- wp-line-break -->';
  let content = replaceInHtmlTags(input, [['\n', lineBreak]]);
  if (/(?:^|[\t\n\v\f\r ]|>)https?:\/\//i.test(content)) {
    const replace = (_: string, before: string, url: string, after: string) =>
      before + embedUrl(url, false, media) + after;
    content = content.replace(
      /^([\t\n\v\f\r ]*)(https?:\/\/[^\t\n\v\f\r <>"]+)([\t\n\v\f\r ]*)$/gim,
      replace,
    );
    content = content.replace(
      /(<p(?: [^>]*)?>[\t\n\v\f\r ]*)(https?:\/\/[^\t\n\v\f\r <>"]+)([\t\n\v\f\r ]*<\/p>)/gi,
      replace,
    );
  }
  return content.split(lineBreak).join('\n');
}
