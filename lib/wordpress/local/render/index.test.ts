import { describe, expect, it } from 'vitest';

import { renderTheContent, renderTheExcerpt, type ContentRenderContext } from './index';

const ctx: ContentRenderContext = {
  siteUrl: 'http://127.0.0.1:8088',
  postId: 1,
  attachmentById: () => undefined,
  attachmentsOf: () => [],
};

describe('renderTheContent', () => {
  it('texturizes and paragraphs classic content', () => {
    expect(renderTheContent('Hello "world"\n\nBye', ctx)).toBe(
      '<p>Hello &#8220;world&#8221;</p>\n<p>Bye</p>\n',
    );
  });

  it('keeps the more tag wrapped in a paragraph, as recorded', () => {
    expect(renderTheContent('a\n\n<!--more-->\n\nb', ctx)).toBe(
      '<p>a</p>\n<p><!--more--></p>\n<p>b</p>\n',
    );
  });

  it('renders an empty gallery as nothing, leaving its line, as recorded', () => {
    expect(renderTheContent('<h2>One</h2>\n[gallery columns="1"]\n<h2>Two</h2>', ctx)).toBe(
      '<h2>One</h2>\n\n<h2>Two</h2>\n',
    );
  });

  it('leaves unregistered shortcodes as literal text', () => {
    expect(renderTheContent('[contact-form]', ctx)).toBe('<p>[contact-form]</p>\n');
  });

  it('skips wpautop for block content', () => {
    expect(
      renderTheContent('<!-- wp:paragraph -->\n<p>A</p>\n<!-- /wp:paragraph -->\n\nB', ctx),
    ).toBe('\n<p>A</p>\n\n\nB');
  });

  it('adds rel="noopener" to targeted links, as the import stored them', () => {
    expect(renderTheContent('<a href="/" target="_blank">x</a>', ctx)).toBe(
      '<p><a href="/" target="_blank" rel="noopener">x</a></p>\n',
    );
  });

  it('returns an empty string for empty content', () => {
    expect(renderTheContent('', ctx)).toBe('');
  });
});

describe('renderTheExcerpt', () => {
  it('prefers the manual excerpt', () => {
    expect(renderTheExcerpt('Manual', 'Content', ctx)).toBe('<p>Manual</p>\n');
  });

  it('returns an empty string for a post without text', () => {
    expect(renderTheExcerpt('', '', ctx)).toBe('');
  });
});
