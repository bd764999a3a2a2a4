/**
 * One rendering request: the per-request counters and registries WordPress keeps in
 * globals and static variables, so that numbering restarts for each call.
 * @module
 */
import { autop } from './autop';
import type { BlockRenderEnv } from './blocks/types';
import { DYNAMIC_BLOCK_RENDERERS } from './blocks/dynamic';
import type { ShortcodeRegistry } from './shortcodes/do-shortcode';
import { renderMedia } from './shortcodes/media';
import { CORE_SHORTCODE_TAGS, createShortcodeRegistry } from './shortcodes/registry';
import { texturize } from './texturize';
import type { ContentRenderContext } from './types';

/** The state of one rendering request. */
export interface RenderRequest {
  ctx: ContentRenderContext;
  shortcodes: ShortcodeRegistry;
  blocks: BlockRenderEnv;
  renderMediaUrl(kind: 'audio' | 'video', src: string): string;
}

/** Starts a request: counters at zero, core shortcodes and blocks bound to `ctx`. */
export function createRenderRequest(ctx: ContentRenderContext): RenderRequest {
  const counters = { audio: 0, video: 0, gallery: 0 };
  const shortcodes = createShortcodeRegistry(ctx, counters, (text) =>
    texturize(text, CORE_SHORTCODE_TAGS),
  );
  let uniqueId = 0;
  const blocks: BlockRenderEnv = {
    ctx,
    uniqueId: (prefix) => `${prefix}${++uniqueId}`,
    dynamicBlocks: DYNAMIC_BLOCK_RENDERERS,
    unrendered: new Set(),
    autop: (text) => autop(text),
  };
  return {
    ctx,
    shortcodes,
    blocks,
    renderMediaUrl: (kind, src) => renderMedia(kind, { src }, undefined, ctx, counters),
  };
}
