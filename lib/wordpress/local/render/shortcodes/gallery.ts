/**
 * The [gallery] shortcode of WordPress 6.1 with HTML5 gallery markup (every block theme).
 * Without attachments it renders nothing, as recorded; with attachments it follows
 * gallery_shortcode but shows each image at its full URL, because the export carries no
 * intermediate sizes.
 * @module
 */
import type { ContentRenderContext, RenderAttachment } from '../types';
import { escAttr, phpTrim, sanitizeHtmlClass } from '../php';
import { escUrl } from '../url';
import { shortcodeAtts, type ShortcodeAttrs } from './parse';

const DEFAULTS = {
  order: 'ASC',
  orderby: 'menu_order ID',
  id: '',
  itemtag: 'figure',
  icontag: 'div',
  captiontag: 'figcaption',
  columns: '3',
  size: 'thumbnail',
  include: '',
  exclude: '',
  link: '',
};

function idList(text: string): number[] {
  return text
    .split(/[\s,]+/)
    .map((part) => Number.parseInt(part, 10))
    .filter((id) => Number.isFinite(id) && id > 0);
}

function selectAttachments(atts: typeof DEFAULTS, ctx: ContentRenderContext): RenderAttachment[] {
  const isImage = (a: RenderAttachment | undefined): a is RenderAttachment =>
    a !== undefined && a.mimeType.startsWith('image/');
  if (atts.include)
    return idList(atts.include)
      .map((id) => ctx.attachmentById(id))
      .filter(isImage);

  const parentId = Number.parseInt(atts.id, 10) || ctx.postId;
  const excluded = new Set(idList(atts.exclude));
  const children = ctx.attachmentsOf(parentId).filter((a) => isImage(a) && !excluded.has(a.id));
  return atts.order.toUpperCase() === 'DESC' ? [...children].reverse() : children;
}

function imageTag(a: RenderAttachment, size: string, describedBy: string): string {
  const dims = a.width && a.height ? `width="${a.width}" height="${a.height}" ` : '';
  const aria = describedBy ? ` aria-describedby="${describedBy}"` : '';
  return (
    `<img ${dims}src="${escUrl(a.url)}" class="attachment-${size} size-${size}" ` +
    `alt="${escAttr(a.alt)}"${aria} />`
  );
}

/** Per-request counter: galleries are numbered from 1 in each request. */
export interface GalleryCounter {
  gallery: number;
}

/** Port of gallery_shortcode (HTML5 markup). */
export function renderGallery(
  input: ShortcodeAttrs,
  ctx: ContentRenderContext,
  counter: GalleryCounter,
  texturize: (text: string) => string,
): string {
  counter.gallery += 1;
  const attrs = { ...input };
  if (attrs.ids) {
    if (!attrs.orderby) attrs.orderby = 'post__in';
    attrs.include = attrs.ids;
  }
  const atts = shortcodeAtts({ ...DEFAULTS, id: String(ctx.postId) }, attrs);
  const attachments = selectAttachments(atts, ctx);
  if (attachments.length === 0) return '';

  const selector = `gallery-${counter.gallery}`;
  const columns = Number.parseInt(atts.columns, 10) || 0;
  const size = sanitizeHtmlClass(atts.size);
  let out = `<div id='${selector}' class='gallery galleryid-${atts.id} gallery-columns-${columns} gallery-size-${size}'>`;
  for (const a of attachments) {
    const hasCaption = phpTrim(a.caption) !== '';
    const image = imageTag(a, size, hasCaption ? `${selector}-${a.id}` : '');
    const linked = atts.link === 'none' ? image : `<a href='${escUrl(a.url)}'>${image}</a>`;
    const orientation = a.width && a.height ? (a.height > a.width ? 'portrait' : 'landscape') : '';
    out += `<figure class='gallery-item'>\n\t\t\t<div class='gallery-icon ${orientation}'>\n\t\t\t\t${linked}\n\t\t\t</div>`;
    if (hasCaption) {
      out += `\n\t\t\t\t<figcaption class='wp-caption-text gallery-caption' id='${selector}-${a.id}'>\n\t\t\t\t${texturize(a.caption)}\n\t\t\t\t</figcaption>`;
    }
    out += '</figure>';
  }
  return `${out}\n\t\t</div>\n`;
}
