/**
 * Shapes shared by the block renderer's modules.
 * @module
 */
import type { ContentRenderContext } from '../types';

/** A block as the block serialization parser returns it. */
export interface ParsedBlock {
  blockName: string | null;
  // Block attributes are free-form JSON saved by the editor.
  attrs: Record<string, unknown> | null;
  innerBlocks: ParsedBlock[];
  innerHTML: string;
  innerContent: (string | null)[];
}

/** A dynamic block's PHP render callback, ported: block and rendered inner HTML in. */
export type DynamicBlockRenderer = (
  block: ParsedBlock,
  innerContent: string,
  env: BlockRenderEnv,
) => string;

/** Everything one rendering request shares while it renders blocks. */
export interface BlockRenderEnv {
  ctx: ContentRenderContext;
  /** WordPress's wp_unique_id: one counter for every prefix, per request. */
  uniqueId(prefix: string): string;
  dynamicBlocks: ReadonlyMap<string, DynamicBlockRenderer>;
  /** Names of dynamic blocks met that need a database or the network, rendered as ''. */
  unrendered: Set<string>;
  /** The_content's shortcode-free paragraph filter, for blocks that call wpautop. */
  autop(text: string): string;
}
