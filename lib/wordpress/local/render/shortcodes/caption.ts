/**
 * The [caption] shortcode as WordPress 6.1 renders it for a theme with HTML5 captions
 * (every block theme): a <figure> with a <figcaption>.
 * @module
 */
import { escAttr, phpTrim, sanitizeHtmlClass } from '../php';
import { shortcodeAtts, type ShortcodeAttrs } from './parse';

const DEFAULTS = { id: '', caption_id: '', align: 'alignnone', width: '', caption: '', class: '' };

/** PHP's (int) cast of a string: the leading integer, or 0. */
function toInt(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text);
  return m ? Number.parseInt(m[1] ?? '0', 10) : 0;
}

/**
 * Port of img_caption_shortcode.
 * @param renderInner do_shortcode, applied to the captioned image as WordPress does
 */
export function renderCaption(
  input: ShortcodeAttrs,
  rawContent: string | undefined,
  renderInner: (html: string) => string,
): string {
  const attrs = { ...input };
  let content = rawContent ?? '';
  if (!('caption' in attrs)) {
    const m = /((?:<a [^>]+>[\t\n\v\f\r ]*)?<img [^>]+>(?:[\t\n\v\f\r ]*<\/a>)?)([\s\S]*)/i.exec(
      content,
    );
    if (m) {
      content = m[1] ?? '';
      attrs.caption = phpTrim(m[2] ?? '');
    }
  }

  const atts = shortcodeAtts(DEFAULTS, attrs);
  const width = toInt(atts.width);
  if (width < 1 || atts.caption === '' || atts.caption === '0') return content;

  const id = sanitizeHtmlClass(atts.id);
  let captionId = atts.caption_id ? sanitizeHtmlClass(atts.caption_id) : '';
  if (!captionId && id) captionId = `caption-${id.replace(/_/g, '-')}`;

  const idAttr = id ? `id="${escAttr(id)}" ` : '';
  const describedBy = captionId ? `aria-describedby="${escAttr(captionId)}" ` : '';
  const captionIdAttr = captionId ? `id="${escAttr(captionId)}" ` : '';
  const style = `style="width: ${width}px" `;
  const className = phpTrim(`wp-caption ${atts.align} ${atts.class}`);

  return (
    `<figure ${idAttr}${describedBy}${style}class="${escAttr(className)}">` +
    renderInner(content) +
    `<figcaption ${captionIdAttr}class="wp-caption-text">${atts.caption}</figcaption></figure>`
  );
}
