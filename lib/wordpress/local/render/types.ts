/** An attachment (media library item) as the renderer needs it. */
export interface RenderAttachment {
  id: number;
  parentId: number;
  url: string;
  mimeType: string;
  title: string;
  caption: string;
  description: string;
  alt: string;
  width?: number;
  height?: number;
}

/** What the renderer may know about the site and the post being rendered. */
export interface ContentRenderContext {
  /** e.g. 'http://127.0.0.1:8088' (no trailing slash) */
  siteUrl: string;
  postId: number;
  attachmentById(id: number): RenderAttachment | undefined;
  /** Ordered by menu_order then id, as [gallery] wants. */
  attachmentsOf(parentId: number): RenderAttachment[];
}
