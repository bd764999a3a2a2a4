/**
 * WordPress 6.1's do_blocks: parses block markup and renders each block, static blocks as
 * saved and dynamic ones through the callbacks this project can honour without a database.
 * @module
 */
import { parse } from '@wordpress/block-serialization-default-parser';

import { getBlockType } from './block-types';
import { applyBlockSupports } from './supports';
import type { BlockRenderEnv, ParsedBlock } from './types';

/** True when `content` holds block markup (WordPress's has_blocks). */
export function hasBlocks(content: string): boolean {
  return content.includes('<!-- wp:');
}

function renderInner(block: ParsedBlock, env: BlockRenderEnv): string {
  let index = 0;
  let out = '';
  for (const chunk of block.innerContent) {
    if (typeof chunk === 'string') {
      out += chunk;
      continue;
    }
    const inner = block.innerBlocks[index];
    index += 1;
    if (inner) out += renderBlock(inner, env);
  }
  return out;
}

/** Port of WP_Block::render: inner blocks first, then the callback, then the supports. */
export function renderBlock(block: ParsedBlock, env: BlockRenderEnv): string {
  const type = getBlockType(block.blockName);
  let content = renderInner(block, env);
  if (type?.isDynamic && block.blockName) {
    const callback = env.dynamicBlocks.get(block.blockName);
    if (callback) content = callback(block, content, env);
    else {
      env.unrendered.add(block.blockName);
      content = '';
    }
  }
  return applyBlockSupports(content, block, type, env);
}

/**
 * WordPress's render_block for a top-level block: its render_block_data filter lets a
 * gallery hand each image its id as data-id. (Nested galleries miss out, as in WordPress,
 * whose inner blocks are built before that filter runs on them.)
 */
export function renderTopLevelBlock(block: ParsedBlock, env: BlockRenderEnv): string {
  if (block.blockName !== 'core/gallery') return renderBlock(block, env);
  const innerBlocks = block.innerBlocks.map((inner) => {
    const id = inner.attrs?.id;
    if (
      inner.blockName !== 'core/image' ||
      id === undefined ||
      inner.attrs?.['data-id'] !== undefined
    ) {
      return inner;
    }
    return { ...inner, attrs: { ...inner.attrs, 'data-id': String(id) } };
  });
  return renderBlock({ ...block, innerBlocks }, env);
}

/** Port of do_blocks. */
export function doBlocks(content: string, env: BlockRenderEnv): string {
  const blocks = parse(content) as ParsedBlock[];
  return blocks.map((block) => renderTopLevelBlock(block, env)).join('');
}
