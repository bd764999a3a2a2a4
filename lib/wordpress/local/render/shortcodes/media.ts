/**
 * The [audio] and [video] shortcodes of WordPress 6.1 (MediaElement library markup).
 * [audio] is checked against a recorded answer; [video] follows the same code path in
 * WordPress but no fixture exercises it.
 * @module
 */
import type { ContentRenderContext } from '../types';
import { escAttr } from '../php';
import { escUrl } from '../url';
import { shortcodeAtts, type ShortcodeAttrs } from './parse';

const MIME_BY_EXT: Record<string, string> = {
  mp3: 'audio/mpeg',
  m4a: 'audio/mpeg',
  ogg: 'audio/ogg',
  flac: 'audio/flac',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  flv: 'video/x-flv',
  wmv: 'video/x-ms-wmv',
  mov: 'video/quicktime',
};
const AUDIO_EXTS = ['mp3', 'ogg', 'flac', 'm4a', 'wav'];
const VIDEO_EXTS = ['mp4', 'm4v', 'webm', 'ogv', 'flv'];

/** wp_check_filetype on a URL: the extension and MIME type it ends with, if known. */
function fileType(url: string): { ext: string; type: string } {
  const m = /\.([a-z0-9]+)$/i.exec(url);
  const ext = (m?.[1] ?? '').toLowerCase();
  return MIME_BY_EXT[ext] ? { ext, type: MIME_BY_EXT[ext] ?? '' } : { ext: '', type: '' };
}

function addInstanceArg(url: string, instance: number): string {
  const [base, hash] = url.split('#', 2);
  const joined = `${base}${base?.includes('?') ? '&' : '?'}_=${instance}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

function isTruthy(value: string): boolean {
  return value.toLowerCase() === 'true' || (value !== '' && value !== '0' && value !== 'false');
}

/** Per-request counters: WordPress numbers media players from 1 in each request. */
export interface MediaCounters {
  audio: number;
  video: number;
}

type Kind = 'audio' | 'video';

function sources(kind: Kind, atts: Record<string, string>, instance: number) {
  const exts = kind === 'audio' ? AUDIO_EXTS : VIDEO_EXTS;
  const order = atts.src ? ['src', ...exts] : exts;
  let html = '';
  let fileUrl = '';
  for (const key of order) {
    const url = atts[key];
    if (!url) continue;
    if (!fileUrl) fileUrl = url;
    html += `<source type="${fileType(url).type}" src="${escUrl(addInstanceArg(url, instance))}" />`;
  }
  return { html, fileUrl };
}

function primarySource(kind: Kind, atts: Record<string, string>): boolean | 'link' {
  const exts = kind === 'audio' ? AUDIO_EXTS : VIDEO_EXTS;
  if (atts.src) return exts.includes(fileType(atts.src).ext) ? true : 'link';
  return exts.some((ext) => atts[ext] && fileType(atts[ext] ?? '').ext === ext);
}

/** Port of wp_audio_shortcode and wp_video_shortcode. */
export function renderMedia(
  kind: Kind,
  attrs: ShortcodeAttrs,
  content: string | undefined,
  ctx: ContentRenderContext,
  counters: MediaCounters,
): string {
  counters[kind] += 1;
  const instance = counters[kind];
  const exts = kind === 'audio' ? AUDIO_EXTS : VIDEO_EXTS;
  const base: Record<string, string> =
    kind === 'audio'
      ? {
          src: '',
          loop: '',
          autoplay: '',
          preload: 'none',
          class: 'wp-audio-shortcode',
          style: 'width: 100%;',
        }
      : {
          src: '',
          poster: '',
          loop: '',
          autoplay: '',
          muted: 'false',
          preload: 'metadata',
          width: '640',
          height: '360',
          class: 'wp-video-shortcode',
        };
  const atts: Record<string, string> = shortcodeAtts(
    { ...base, ...Object.fromEntries(exts.map((e) => [e, ''])) },
    attrs,
  );

  const primary = primarySource(kind, atts);
  if (primary === 'link') {
    return `<a class="wp-embedded-${kind}" href="${escUrl(atts.src ?? '')}">${escAttr(atts.src ?? '')}</a>`;
  }
  if (!primary) {
    const attached = ctx.attachmentsOf(ctx.postId).find((a) => a.mimeType.startsWith(`${kind}/`));
    if (!attached?.url) return '';
    atts.src = attached.url;
  }

  const htmlAtts: [string, string][] = [
    ['class', atts.class ?? ''],
    ['id', `${kind}-${ctx.postId}-${instance}`],
  ];
  if (kind === 'video') {
    htmlAtts.push(['width', String(Math.abs(Number.parseInt(atts.width ?? '', 10) || 0))]);
    htmlAtts.push(['height', String(Math.abs(Number.parseInt(atts.height ?? '', 10) || 0))]);
    if (atts.poster) htmlAtts.push(['poster', escUrl(atts.poster)]);
  }
  if (isTruthy(atts.loop ?? '')) htmlAtts.push(['loop', '1']);
  if (isTruthy(atts.autoplay ?? '')) htmlAtts.push(['autoplay', '1']);
  if (kind === 'video' && isTruthy(atts.muted ?? '')) htmlAtts.push(['muted', '1']);
  if (atts.preload) htmlAtts.push(['preload', atts.preload]);
  if (kind === 'audio') htmlAtts.push(['style', atts.style ?? '']);

  const attrText = htmlAtts.map(([k, v]) => `${k}="${escAttr(v)}"`).join(' ');
  const { html: sourceHtml, fileUrl } = sources(kind, atts, instance);
  const shim =
    instance === 1
      ? `<!--[if lt IE 9]><script>document.createElement('${kind}');</script><![endif]-->\n`
      : '';
  const inner = kind === 'video' && content ? content.replace(/\r\n|\n|\t/g, '').trim() : '';
  const fallback = `<a href="${escUrl(fileUrl)}">${escUrl(fileUrl)}</a>`;
  const player = `${shim}<${kind} ${attrText} controls="controls">${sourceHtml}${inner}${fallback}</${kind}>`;
  if (kind === 'audio') return player;
  return `<div style="width: ${Number.parseInt(atts.width ?? '', 10) || 0}px;" class="wp-video">${player}</div>`;
}
