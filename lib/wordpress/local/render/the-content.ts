/**
 * The the_content filter chain of WordPress 6.1, in priority order.
 * @module
 */
import { autop } from './autop';
import { doBlocks, hasBlocks } from './blocks/render-blocks';
import { capitalPDangit } from './capital-p';
import { filterContentTags } from './content-tags';
import type { RenderRequest } from './request';
import { doShortcode, shortcodeUnautop } from './shortcodes/do-shortcode';
import { autoembed, runEmbedShortcode } from './shortcodes/embed';
import { CORE_SHORTCODE_TAGS } from './shortcodes/registry';
import { texturize } from './texturize';

/**
 * Applies the_content filters to stored post content. Block content skips wpautop, as
 * do_blocks removes it for that call.
 */
export function applyTheContent(stored: string, request: RenderRequest): string {
  const media = request.renderMediaUrl;
  let content = runEmbedShortcode(stored, media);
  content = autoembed(content, media);

  const isBlockContent = hasBlocks(content);
  if (isBlockContent) content = doBlocks(content, request.blocks);
  content = texturize(content, CORE_SHORTCODE_TAGS);
  if (!isBlockContent) content = autop(content);
  content = shortcodeUnautop(content, CORE_SHORTCODE_TAGS);

  content = capitalPDangit(content);
  content = doShortcode(content, request.shortcodes);
  return filterContentTags(content, request.ctx);
}
