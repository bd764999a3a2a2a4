import type { ContentRenderContext, RenderAttachment } from '../render';

import { metaOf } from './site/import-posts';
import type { LocalSite } from './site/local-site';
import type { SitePost } from './site/types';

const MIME_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  ogg: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  pdf: 'application/pdf',
};

/** The MIME type WordPress would derive from an attachment's file name (exports carry none). */
export function mimeTypeOf(url: string): string {
  const extension = /\.([a-z0-9]+)(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase() ?? '';
  return MIME_TYPES[extension] ?? 'application/octet-stream';
}

/** An attachment as the content renderer wants it. */
export function toRenderAttachment(post: SitePost): RenderAttachment {
  const url = post.source.attachmentUrl ?? post.guid;
  const metadata = post.source.attachmentMetadata;
  return {
    id: post.id,
    parentId: post.parentId,
    url,
    mimeType: mimeTypeOf(url),
    title: post.title,
    caption: post.excerpt,
    description: post.content,
    alt: metaOf(post.source, '_wp_attachment_image_alt'),
    width: metadata?.width,
    height: metadata?.height,
  };
}

/** What renderTheContent needs to know about the site while rendering `post`. */
export function renderContextFor(site: LocalSite, post: SitePost): ContentRenderContext {
  return {
    siteUrl: site.siteUrl,
    postId: post.id,
    attachmentById(id: number) {
      const attachment = site.posts.get(id);
      return attachment?.type === 'attachment' ? toRenderAttachment(attachment) : undefined;
    },
    attachmentsOf(parentId: number) {
      return (site.childrenOf.get(parentId) ?? [])
        .filter((child) => child.type === 'attachment')
        .sort((a, b) => a.menuOrder - b.menuOrder || a.id - b.id)
        .map(toRenderAttachment);
    },
  };
}
