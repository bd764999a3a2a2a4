/**
 * Ports of the dynamic blocks' PHP render callbacks that need neither a database nor the
 * network. Every other dynamic block renders as '' and is reported by the renderer.
 * @module
 */
import { escAttr } from '../php';
import type { DynamicBlockRenderer } from './types';

/** core/shortcode: its text through wpautop; the_content expands the shortcode later. */
const renderShortcodeBlock: DynamicBlockRenderer = (_block, content, env) => env.autop(content);

/** core/image: gives the <img> the data-id a parent gallery passed down. */
const renderImage: DynamicBlockRenderer = (block, content) => {
  const dataId = block.attrs?.['data-id'];
  if (dataId === undefined || dataId === null) return content;
  const attribute = `data-id="${escAttr(String(dataId))}"`;
  return content.includes(attribute) ? content : content.split('<img').join(`<img ${attribute} `);
};

/** core/gallery: a per-request class that the gallery's gap CSS is scoped to. */
const renderGallery: DynamicBlockRenderer = (_block, content, env) =>
  content.replace('class="', `class="${env.uniqueId('wp-block-gallery-')} `);

/** core/file: rewrites the PDF preview's aria-label the way the callback does. */
const renderFile: DynamicBlockRenderer = (_block, content) =>
  content.replace(
    /<object.+(aria-label="([^"]+)?")/i,
    (whole, attribute: string, name?: string) => {
      const hasName = Boolean(name) && name !== 'PDF embed';
      const label = hasName ? `Embed of ${name}.` : 'PDF embed';
      return whole.replace(attribute, `aria-label="${label}"`);
    },
  );

/** Dynamic block callbacks by block name. */
export const DYNAMIC_BLOCK_RENDERERS: ReadonlyMap<string, DynamicBlockRenderer> = new Map([
  ['core/shortcode', renderShortcodeBlock],
  ['core/image', renderImage],
  ['core/gallery', renderGallery],
  ['core/file', renderFile],
]);
