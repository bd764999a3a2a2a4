import { describe, expect, it } from 'vitest';

import type { ContentRenderContext, RenderAttachment } from '../types';
import { renderGallery } from './gallery';

function image(id: number, caption = ''): RenderAttachment {
  return {
    id,
    parentId: 7,
    url: `http://h/${id}.jpg`,
    mimeType: 'image/jpeg',
    title: '',
    caption,
    description: '',
    alt: `alt ${id}`,
    width: 300,
    height: 200,
  };
}

function context(children: RenderAttachment[]): ContentRenderContext {
  return {
    siteUrl: 'http://h',
    postId: 7,
    attachmentById: (id) => children.find((a) => a.id === id),
    attachmentsOf: (parentId) => (parentId === 7 ? children : []),
  };
}

describe('renderGallery', () => {
  it('renders nothing without attachments, as recorded', () => {
    expect(renderGallery({ columns: '2' }, context([]), { gallery: 0 }, (t) => t)).toBe('');
  });

  it('lists the post’s images in HTML5 markup, numbering galleries per request', () => {
    const counter = { gallery: 0 };
    renderGallery({}, context([]), counter, (t) => t);
    const html = renderGallery(
      { columns: '2' },
      context([image(1, 'Cap'), image(2)]),
      counter,
      (t) => t,
    );
    expect(html).toContain(
      "<div id='gallery-2' class='gallery galleryid-7 gallery-columns-2 gallery-size-thumbnail'>",
    );
    expect(html.match(/<figure class='gallery-item'>/g)).toHaveLength(2);
    expect(html).toContain("id='gallery-2-1'>\n\t\t\t\tCap");
  });

  it('uses the ids attribute in its order', () => {
    const html = renderGallery(
      { ids: '2,1' },
      context([image(1), image(2)]),
      { gallery: 0 },
      (t) => t,
    );
    expect(html.indexOf('alt 2')).toBeLessThan(html.indexOf('alt 1'));
  });
});
