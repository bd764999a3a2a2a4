/**
 * The embedded WordPress's content rendering: what WordPress 6.1 with WPGraphQL returns in
 * a post's `content` and `excerpt` fields, computed from the stored (exported) text.
 * @module
 */
import { renderExcerpt } from './excerpt';
import { createRenderRequest } from './request';
import { addTargetedLinkRel } from './targeted-link-rel';
import { applyTheContent } from './the-content';
import type { ContentRenderContext } from './types';

export type { ContentRenderContext, RenderAttachment } from './types';

/**
 * WPGraphQL's `content` field: the post's stored content through the_content filters.
 * Returns '' for empty content (WPGraphQL itself answers null there).
 * @example renderTheContent('Hello "world"', ctx) // '<p>Hello &#8220;world&#8221;</p>\n'
 */
export function renderTheContent(raw: string, ctx: ContentRenderContext): string {
  if (raw === '') return '';
  return applyTheContent(addTargetedLinkRel(raw), createRenderRequest(ctx));
}

/**
 * WPGraphQL's `excerpt` field: the manual excerpt if set, else generated from content
 * (55 words, [&hellip;]), run through the_excerpt filters (wptexturize, convert_smilies,
 * wpautop, shortcode_unautop). Returns '' where WordPress returns an empty string.
 */
export function renderTheExcerpt(
  rawExcerpt: string,
  rawContent: string,
  ctx: ContentRenderContext,
): string {
  const request = createRenderRequest(ctx);
  return renderExcerpt(addTargetedLinkRel(rawExcerpt), addTargetedLinkRel(rawContent), request);
}
