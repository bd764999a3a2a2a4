/**
 * WordPress 6.1's layout block support (wp_render_layout_support_flag) as Twenty
 * Twenty-Three configures it: layout classes on the wrapper, and a `wp-container-N` class
 * only when the block's layout produces its own CSS.
 * @module
 */
import type { BlockLayout, BlockTypeInfo } from './block-types';
import type { BlockRenderEnv, ParsedBlock } from './types';

const LAYOUT_CLASS: Record<string, string> = {
  default: 'is-layout-flow',
  constrained: 'is-layout-constrained',
  flex: 'is-layout-flex',
};

/**
 * Twenty Twenty-Three sets `settings.spacing.blockGap`, so per-block gaps generate CSS.
 * This is a fact of the theme the reference site ran, not of WordPress.
 */
const HAS_BLOCK_GAP_SUPPORT = true;

function get(obj: unknown, path: string[]): unknown {
  let cur = obj;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function sanitizeTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

function usableGap(block: ParsedBlock): unknown {
  const gap = get(block.attrs, ['style', 'spacing', 'blockGap']);
  const unsafe = (v: unknown) => typeof v === 'string' && /[\\(&=}]|\/\*/.test(v);
  if (gap && typeof gap === 'object') {
    const entries = Object.entries(gap as Record<string, unknown>).filter(
      ([, v]) => v && !unsafe(v),
    );
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return gap && !unsafe(gap) ? gap : undefined;
}

/** Whether wp_get_layout_style would produce any CSS for this block. */
function hasOwnLayoutStyle(layout: BlockLayout, block: ParsedBlock, type: BlockTypeInfo) {
  const gap = HAS_BLOCK_GAP_SUPPORT && !type.skipsBlockGap ? usableGap(block) : undefined;
  const layoutType = layout.type ?? 'default';
  if (layoutType === 'constrained') {
    const isSideJustified = layout.justifyContent === 'left' || layout.justifyContent === 'right';
    return Boolean(layout.contentSize || layout.wideSize || isSideJustified || gap !== undefined);
  }
  if (layoutType === 'flex') {
    if (layout.orientation === 'vertical') return true;
    const justify = ['left', 'right', 'center', 'space-between'];
    const align = ['top', 'center', 'bottom'];
    return Boolean(
      layout.flexWrap === 'nowrap' ||
      gap !== undefined ||
      (layout.justifyContent && justify.includes(layout.justifyContent)) ||
      (layout.verticalAlignment && align.includes(layout.verticalAlignment)),
    );
  }
  return layoutType === 'default' && gap !== undefined;
}

/** Adds the layout classes to the first `class="` of a block that supports layout. */
export function applyLayoutSupport(
  content: string,
  block: ParsedBlock,
  type: BlockTypeInfo,
  env: BlockRenderEnv,
): string {
  if (!type.layoutDefault) return content;
  const saved = get(block.attrs, ['layout']) as BlockLayout | undefined;
  const layout: BlockLayout = { ...(saved ?? type.layoutDefault) };
  if (layout.inherit || layout.contentSize) layout.type = 'constrained';

  const containerClass = env.uniqueId('wp-container-');
  const classes: string[] = [];
  if (layout.type === 'constrained') classes.push('has-global-padding');
  if (saved?.orientation) classes.push(`is-${sanitizeTitle(saved.orientation)}`);
  if (saved?.justifyContent) {
    classes.push(`is-content-justification-${sanitizeTitle(saved.justifyContent)}`);
  }
  if (saved?.flexWrap === 'nowrap') classes.push('is-nowrap');
  const layoutClass = LAYOUT_CLASS[layout.type ?? 'default'];
  if (layoutClass) classes.push(layoutClass);
  if (hasOwnLayoutStyle(layout, block, type)) classes.push(containerClass);

  return content.replace('class="', `class="${classes.join(' ')} `);
}
