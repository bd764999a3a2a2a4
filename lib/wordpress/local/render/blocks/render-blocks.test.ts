import { describe, expect, it } from 'vitest';

import { createRenderRequest } from '../request';
import type { ContentRenderContext } from '../types';
import { doBlocks } from './render-blocks';

const ctx: ContentRenderContext = {
  siteUrl: 'http://127.0.0.1:8088',
  postId: 1,
  attachmentById: () => undefined,
  attachmentsOf: () => [],
};

const render = (html: string) => {
  const request = createRenderRequest(ctx);
  return { html: doBlocks(html, request.blocks), unrendered: [...request.blocks.unrendered] };
};

describe('doBlocks', () => {
  it('keeps static blocks as saved, without their comments', () => {
    expect(render('<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->').html).toBe(
      '\n<p>A</p>\n',
    );
  });

  it('numbers layout containers in render order, children first, as recorded', () => {
    const html =
      '<!-- wp:columns -->\n<div class="wp-block-columns"><!-- wp:column -->\n' +
      '<div class="wp-block-column"></div>\n<!-- /wp:column --></div>\n<!-- /wp:columns -->';
    expect(render(html).html).toBe(
      '\n<div class="is-layout-flex wp-container-2 wp-block-columns">\n' +
        '<div class="is-layout-flow wp-block-column"></div>\n</div>\n',
    );
  });

  it('adds layout modifier classes for a flex group', () => {
    const html =
      '<!-- wp:group {"layout":{"type":"flex","orientation":"vertical"}} -->\n' +
      '<div class="wp-block-group"></div>\n<!-- /wp:group -->';
    expect(render(html).html).toBe(
      '\n<div class="is-vertical is-layout-flex wp-container-1 wp-block-group"></div>\n',
    );
  });

  it('gives a gallery a per-request class and its images their data-id', () => {
    const html =
      '<!-- wp:gallery -->\n<figure class="wp-block-gallery"><!-- wp:image {"id":7} -->\n' +
      '<figure class="wp-block-image"><img src="a" class="wp-image-7"/></figure>\n' +
      '<!-- /wp:image --></figure>\n<!-- /wp:gallery -->';
    expect(render(html).html).toBe(
      '\n<figure class="is-layout-flex wp-block-gallery-1 wp-block-gallery">\n' +
        '<figure class="wp-block-image"><img data-id="7"  src="a" class="wp-image-7"/></figure>\n</figure>\n',
    );
  });

  it('adds a duotone class named after the colours', () => {
    const html =
      '<!-- wp:image {"style":{"color":{"duotone":["#000","#fff"]}}} -->\n' +
      '<figure class="wp-block-image"><img src="a"/></figure>\n<!-- /wp:image -->';
    expect(render(html).html).toContain('class="wp-duotone-000-fff-1 wp-block-image"');
  });

  it('adds a wp-elements class hashed from the block to a custom link colour', () => {
    const html =
      '<!-- wp:paragraph {"style":{"elements":{"link":{"color":{"text":"red"}}}}} -->\n' +
      '<p class="has-link-color">A</p>\n<!-- /wp:paragraph -->';
    expect(render(html).html).toMatch(
      /^\n<p class="wp-elements-[0-9a-f]{32} has-link-color">A<\/p>\n$/,
    );
  });

  it('renders database-bound dynamic blocks as nothing and reports them', () => {
    const result = render('<!-- wp:latest-posts /-->');
    expect(result.html).toBe('');
    expect(result.unrendered).toEqual(['core/latest-posts']);
  });

  it('renders unknown (newer) blocks as saved', () => {
    expect(
      render(
        '<!-- wp:details -->\n<details class="wp-block-details"></details>\n<!-- /wp:details -->',
      ).html,
    ).toBe('\n<details class="wp-block-details"></details>\n');
  });
});
