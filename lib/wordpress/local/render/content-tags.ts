/**
 * WordPress 6.1's wp_filter_content_tags outside the main loop (as in a GraphQL request):
 * every eligible <img> and <iframe> gets loading="lazy", every <img> decoding="async",
 * and images of known attachments get their missing width and height.
 * @module
 */
import type { ContentRenderContext } from './types';

function addImageAttributes(tag: string, attachmentId: number, ctx: ContentRenderContext) {
  let image = tag;
  const attachment = attachmentId > 0 ? ctx.attachmentById(attachmentId) : undefined;
  if (
    attachment?.width &&
    attachment.height &&
    !image.includes(' width=') &&
    !image.includes(' height=')
  ) {
    const src = /src="([^"]+)"/.exec(image)?.[1] ?? '';
    const file = attachment.url.split('/').pop() ?? '';
    if (file && src.split('?')[0]?.endsWith(file)) {
      const hw = `width="${attachment.width}" height="${attachment.height}"`;
      image = image.split('<img').join(`<img ${hw}`);
    }
  }
  const hasDimensions = image.includes(' width="') && image.includes(' height="');
  if (!image.includes(' loading=') && image.includes(' src="') && hasDimensions) {
    image = image.split('<img').join('<img loading="lazy"');
  }
  if (!image.includes(' decoding=') && image.includes(' src="')) {
    image = image.split('<img ').join('<img decoding="async" ');
  }
  return image;
}

function addIframeAttributes(tag: string): string {
  if (tag.includes(' data-secret="') || tag.includes(' loading=')) return tag;
  if (!tag.includes(' src="') || !tag.includes(' width="') || !tag.includes(' height="'))
    return tag;
  return tag.split('<iframe').join('<iframe loading="lazy"');
}

/** Port of wp_filter_content_tags for the_content in a request outside the loop. */
export function filterContentTags(content: string, ctx: ContentRenderContext): string {
  const matches = [...content.matchAll(/<(img|iframe)[\t\n\v\f\r ][^>]+>/g)];
  if (matches.length === 0) return content;

  let out = content;
  const done = new Set<string>();
  for (const [tag, name] of matches) {
    if (done.has(tag)) continue;
    done.add(tag);
    const attachmentId = Number(/wp-image-([0-9]+)/i.exec(tag)?.[1] ?? 0);
    const filtered =
      name === 'img' ? addImageAttributes(tag, attachmentId, ctx) : addIframeAttributes(tag);
    if (filtered !== tag) out = out.split(tag).join(filtered);
  }
  return out;
}
