/**
 * The shortcodes WordPress 6.1 core registers, bound to one rendering request.
 * @module
 */
import type { ContentRenderContext } from '../types';
import { renderCaption } from './caption';
import { doShortcode, type ShortcodeHandler, type ShortcodeRegistry } from './do-shortcode';
import { renderGallery } from './gallery';
import { renderMedia } from './media';

/** Core shortcode names in registration order ([embed] is a placeholder outside priority 8). */
export const CORE_SHORTCODE_TAGS = [
  'wp_caption',
  'caption',
  'gallery',
  'playlist',
  'audio',
  'video',
  'embed',
];

/** Per-request numbering that WordPress keeps in static variables. */
export interface ShortcodeCounters {
  audio: number;
  video: number;
  gallery: number;
}

/** Builds the core shortcode handlers for one request. */
export function createShortcodeRegistry(
  ctx: ContentRenderContext,
  counters: ShortcodeCounters,
  texturize: (text: string) => string,
): ShortcodeRegistry {
  const registry = new Map<string, ShortcodeHandler>();
  const caption: ShortcodeHandler = (attrs, content) =>
    renderCaption(attrs, content, (html) => doShortcode(html, registry));
  registry.set('wp_caption', caption);
  registry.set('caption', caption);
  registry.set('gallery', (attrs) => renderGallery(attrs, ctx, counters, texturize));
  // [playlist] needs attachments; with none, WordPress renders nothing.
  registry.set('playlist', () => '');
  registry.set('audio', (attrs, content) => renderMedia('audio', attrs, content, ctx, counters));
  registry.set('video', (attrs, content) => renderMedia('video', attrs, content, ctx, counters));
  registry.set('embed', () => '');
  return registry;
}
