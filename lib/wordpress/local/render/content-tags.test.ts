import { describe, expect, it } from 'vitest';

import { filterContentTags } from './content-tags';
import type { ContentRenderContext, RenderAttachment } from './types';

const attachment: RenderAttachment = {
  id: 5,
  parentId: 1,
  url: 'http://127.0.0.1:8088/uploads/a.jpg',
  mimeType: 'image/jpeg',
  title: 'A',
  caption: '',
  description: '',
  alt: '',
  width: 800,
  height: 600,
};

const ctx: ContentRenderContext = {
  siteUrl: 'http://127.0.0.1:8088',
  postId: 1,
  attachmentById: (id) => (id === 5 ? attachment : undefined),
  attachmentsOf: () => [],
};

describe('filterContentTags', () => {
  it('adds decoding and loading to an image with src, width and height', () => {
    expect(filterContentTags('<img class="x" src="a.jpg" width="1" height="2" />', ctx)).toBe(
      '<img decoding="async" loading="lazy" class="x" src="a.jpg" width="1" height="2" />',
    );
  });

  it('adds only decoding to an image without dimensions', () => {
    expect(filterContentTags('<img src="a.jpg" alt=""/>', ctx)).toBe(
      '<img decoding="async" src="a.jpg" alt=""/>',
    );
  });

  it('keeps an existing loading attribute', () => {
    expect(filterContentTags('<img loading="eager" src="a" width="1" height="1">', ctx)).toBe(
      '<img decoding="async" loading="eager" src="a" width="1" height="1">',
    );
  });

  it('lazy-loads an iframe with src, width and height', () => {
    expect(filterContentTags('<iframe src="x" width="1" height="1"></iframe>', ctx)).toBe(
      '<iframe loading="lazy" src="x" width="1" height="1"></iframe>',
    );
  });

  it('gives a known attachment image its missing dimensions', () => {
    const html = '<img class="wp-image-5" src="http://127.0.0.1:8088/uploads/a.jpg" alt="">';
    expect(filterContentTags(html, ctx)).toBe(
      '<img decoding="async" loading="lazy" width="800" height="600" class="wp-image-5" src="http://127.0.0.1:8088/uploads/a.jpg" alt="">',
    );
  });
});
