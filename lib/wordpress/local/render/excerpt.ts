/**
 * WordPress 6.1's generated excerpt (wp_trim_excerpt) and the_excerpt filters.
 * @module
 */
import { parse } from '@wordpress/block-serialization-default-parser';

import { autop } from './autop';
import { renderBlock, renderTopLevelBlock } from './blocks/render-blocks';
import type { ParsedBlock } from './blocks/types';
import { filterContentTags } from './content-tags';
import { phpTrim } from './php';
import type { RenderRequest } from './request';
import { shortcodeUnautop, stripShortcodes } from './shortcodes/do-shortcode';
import { CORE_SHORTCODE_TAGS } from './shortcodes/registry';
import { stripAllTags } from './strip-tags';
import { texturize } from './texturize';
import { applyTheContent } from './the-content';

const EXCERPT_LENGTH = 55;
const EXCERPT_MORE = ' [&hellip;]';

const INNER_BLOCKS: (string | null)[] = [
  null,
  'core/freeform',
  'core/heading',
  'core/html',
  'core/list',
  'core/media-text',
  'core/paragraph',
  'core/preformatted',
  'core/pullquote',
  'core/quote',
  'core/table',
  'core/verse',
];
const WRAPPER_BLOCKS: (string | null)[] = ['core/columns', 'core/column', 'core/group'];
const ALLOWED_BLOCKS = [...INNER_BLOCKS, ...WRAPPER_BLOCKS];

function renderInnerForExcerpt(block: ParsedBlock, request: RenderRequest): string {
  return block.innerBlocks
    .filter((inner) => ALLOWED_BLOCKS.includes(inner.blockName))
    .map((inner) =>
      inner.innerBlocks.length === 0
        ? renderBlock(inner, request.blocks)
        : renderInnerForExcerpt(inner, request),
    )
    .join('');
}

/** Port of excerpt_remove_blocks: keeps only text-like blocks, rendered. */
export function removeBlocksForExcerpt(content: string, request: RenderRequest): string {
  let out = '';
  for (const block of parse(content) as ParsedBlock[]) {
    if (!ALLOWED_BLOCKS.includes(block.blockName)) continue;
    if (block.innerBlocks.length > 0) {
      if (WRAPPER_BLOCKS.includes(block.blockName)) {
        out += renderInnerForExcerpt(block, request);
        continue;
      }
      const isSimple = block.innerBlocks.every(
        (inner) => INNER_BLOCKS.includes(inner.blockName) && inner.innerBlocks.length === 0,
      );
      if (!isSimple) continue;
    }
    out += renderTopLevelBlock(block, request.blocks);
  }
  return out;
}

/**
 * get_the_content for a single post view: only the first page of a paginated post, and
 * the whole text around a more tag (which leaves an empty span behind).
 */
export function firstPageContent(stored: string, postId: number): string {
  let content = stored;
  if (content.includes('<!--nextpage-->')) {
    content = content
      .split('\n<!--nextpage-->\n')
      .join('<!--nextpage-->')
      .split('\n<!--nextpage-->')
      .join('<!--nextpage-->')
      .split('<!--nextpage-->\n')
      .join('<!--nextpage-->')
      .split('<!-- wp:nextpage -->')
      .join('')
      .split('<!-- /wp:nextpage -->')
      .join('');
    if (content.startsWith('<!--nextpage-->')) content = content.slice(15);
    content = content.split('<!--nextpage-->')[0] ?? '';
  }
  const more = /<!--more(.*?)?-->/.exec(content);
  if (!more) return content;
  if (content.includes('<!-- wp:more')) content = content.replace(/<!-- \/?wp:more(.*?) -->/g, '');
  const at = content.indexOf(more[0]);
  if (at === -1) return content;
  return `${content.slice(0, at)}<span id="more-${postId}"></span>${content.slice(at + more[0].length)}`;
}

/** Port of wp_trim_words with the default (word-counting) settings. */
export function trimWords(html: string, count: number, more: string): string {
  const words = stripAllTags(html)
    .split(/[\n\r\t ]+/)
    .filter((w) => w !== '');
  if (words.length > count) return words.slice(0, count).join(' ') + more;
  return words.join(' ');
}

/** Port of wp_trim_excerpt for a post without a manual excerpt. */
export function generateExcerpt(stored: string, request: RenderRequest): string {
  let text = firstPageContent(stored, request.ctx.postId);
  text = stripShortcodes(text, CORE_SHORTCODE_TAGS);
  text = removeBlocksForExcerpt(text, request);
  text = applyTheContent(text, request).split(']]>').join(']]&gt;');
  return trimWords(text, EXCERPT_LENGTH, EXCERPT_MORE);
}

/** Port of convert_chars: a `&` that starts no entity becomes `&#038;`. */
function convertChars(text: string): string {
  return text.includes('&') ? text.replace(/&([^#])(?![a-z1-4]{1,8};)/gi, '&#038;$1') : text;
}

/** The the_excerpt filter chain of WordPress 6.1. */
export function applyTheExcerpt(excerpt: string, request: RenderRequest): string {
  let text = texturize(excerpt, CORE_SHORTCODE_TAGS);
  text = convertChars(text);
  text = autop(text);
  text = shortcodeUnautop(text, CORE_SHORTCODE_TAGS);
  return filterContentTags(text, request.ctx);
}

/** WPGraphQL's excerpt: get_the_excerpt then the_excerpt. */
export function renderExcerpt(
  storedExcerpt: string,
  storedContent: string,
  request: RenderRequest,
) {
  const excerpt =
    phpTrim(storedExcerpt) === '' ? generateExcerpt(storedContent, request) : storedExcerpt;
  return applyTheExcerpt(excerpt, request);
}
