import { describe, expect, it } from 'vitest';

import { firstPageContent, removeBlocksForExcerpt, renderExcerpt, trimWords } from './excerpt';
import { createRenderRequest } from './request';
import type { ContentRenderContext } from './types';

const ctx: ContentRenderContext = {
  siteUrl: 'http://127.0.0.1:8088',
  postId: 9,
  attachmentById: () => undefined,
  attachmentsOf: () => [],
};

describe('trimWords', () => {
  it('keeps the first words and appends the more text when there are too many', () => {
    expect(trimWords('<p>one two</p>\n<p>three</p>', 2, ' [&hellip;]')).toBe('one two [&hellip;]');
  });

  it('joins all words with single spaces when they fit', () => {
    expect(trimWords('one\n\ttwo', 5, '…')).toBe('one two');
  });
});

describe('firstPageContent', () => {
  it('keeps only the first page of a paginated post', () => {
    expect(firstPageContent('Page 1\n\n<!--nextpage-->\n\nPage 2', 9)).toBe('Page 1');
  });

  it('keeps the text after a more tag behind an empty span', () => {
    expect(firstPageContent('a <!--more--> b', 9)).toBe('a <span id="more-9"></span> b');
  });
});

describe('removeBlocksForExcerpt', () => {
  it('keeps paragraphs and drops code and list-item lists', () => {
    const html =
      '<!-- wp:paragraph -->\n<p>Kept</p>\n<!-- /wp:paragraph -->' +
      '<!-- wp:code -->\n<pre class="wp-block-code"><code>x</code></pre>\n<!-- /wp:code -->' +
      '<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>L</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->';
    expect(removeBlocksForExcerpt(html, createRenderRequest(ctx))).toBe('\n<p>Kept</p>\n');
  });
});

describe('renderExcerpt', () => {
  it('wraps a manual excerpt in a paragraph after texturizing it', () => {
    expect(renderExcerpt("It's mine", 'Content', createRenderRequest(ctx))).toBe(
      '<p>It&#8217;s mine</p>\n',
    );
  });

  it('generates 55 words with [&hellip;] from long content', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    expect(renderExcerpt('', words, createRenderRequest(ctx))).toBe(
      `<p>${words.split(' ').slice(0, 55).join(' ')} [&hellip;]</p>\n`,
    );
  });

  it('returns an empty string when the content is only a shortcode, as recorded', () => {
    expect(
      renderExcerpt('', '[caption width="1"]<img src="a"> c[/caption]', createRenderRequest(ctx)),
    ).toBe('');
  });
});
