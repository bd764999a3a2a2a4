/**
 * WordPress 6.1's elements block support: a block with a custom link colour gets a
 * `wp-elements-<md5 of the serialised block>` class that its link CSS is scoped to.
 * @module
 */
import { createHash } from 'node:crypto';

import type { BlockTypeInfo } from './block-types';
import { phpSerialize } from './php-serialize';
import type { ParsedBlock } from './types';

function linkColor(block: ParsedBlock): unknown {
  const style = block.attrs?.style as
    { elements?: { link?: { color?: { text?: unknown } } } } | undefined;
  return style?.elements?.link?.color?.text;
}

/** The parsed block as PHP holds it: attrs is an array even when the comment had none. */
function asPhpBlock(block: ParsedBlock): Record<string, unknown> {
  return {
    blockName: block.blockName,
    attrs: block.attrs ?? {},
    innerBlocks: block.innerBlocks.map(asPhpBlock),
    innerHTML: block.innerHTML,
    innerContent: block.innerContent,
  };
}

/** Port of wp_get_elements_class_name. */
export function elementsClassName(block: ParsedBlock): string {
  const hash = createHash('md5')
    .update(phpSerialize(asPhpBlock(block)), 'utf8')
    .digest('hex');
  return `wp-elements-${hash}`;
}

/** Port of wp_render_elements_support (link colour only, as in 6.1). */
export function applyElementsSupport(
  content: string,
  block: ParsedBlock,
  type: BlockTypeInfo | undefined,
): string {
  if (!content || type?.skipsLinkColor) return content;
  const color = linkColor(block);
  if (color === undefined || color === null) return content;

  const first = /<[^>]+>/.exec(content);
  if (!first) return content;
  const className = elementsClassName(block);
  if (first[0].includes('class="')) return content.replace('class="', `class="${className} `);
  const at = first.index + first[0].length - 1;
  return `${content.slice(0, at)} class="${className}"${content.slice(at)}`;
}
