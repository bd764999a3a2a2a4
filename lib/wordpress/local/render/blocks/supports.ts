/**
 * The render_block filters WordPress 6.1 applies to every block, in its order (the order
 * its block-supports files load in).
 * @module
 */
import type { BlockTypeInfo } from './block-types';
import { applyDuotoneSupport } from './duotone';
import { applyElementsSupport } from './elements';
import { applyLayoutSupport } from './layout';
import type { BlockRenderEnv, ParsedBlock } from './types';

/** Applies the block supports that change a rendered block's HTML. */
export function applyBlockSupports(
  content: string,
  block: ParsedBlock,
  type: BlockTypeInfo | undefined,
  env: BlockRenderEnv,
): string {
  let html = type ? applyDuotoneSupport(content, block, type, env) : content;
  html = applyElementsSupport(html, block, type);
  return type ? applyLayoutSupport(html, block, type, env) : html;
}
