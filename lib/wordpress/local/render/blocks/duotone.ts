/**
 * WordPress 6.1's duotone block support: a block with a custom duotone gets a
 * per-request `wp-duotone-<colours>-N` class (the SVG filter itself goes to the footer).
 * @module
 */
import type { BlockTypeInfo } from './block-types';
import type { BlockRenderEnv, ParsedBlock } from './types';

function sanitizeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

/** Port of wp_render_duotone_support for custom colour duotones. */
export function applyDuotoneSupport(
  content: string,
  block: ParsedBlock,
  type: BlockTypeInfo,
  env: BlockRenderEnv,
): string {
  const style = block.attrs?.style as { color?: { duotone?: unknown } } | undefined;
  const duotone = style?.color?.duotone;
  if (!type.hasDuotone || duotone === undefined) return content;
  const colors = Array.isArray(duotone) ? duotone.join('-') : String(duotone);
  const slug = env.uniqueId(sanitizeKey(`${colors}-`));
  return content.replace('class="', `class="wp-duotone-${slug} `);
}
