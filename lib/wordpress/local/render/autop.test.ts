import { describe, expect, it } from 'vitest';

import { autop } from './autop';

describe('autop', () => {
  it('wraps text separated by a blank line in paragraphs', () => {
    expect(autop('One\n\nTwo')).toBe('<p>One</p>\n<p>Two</p>\n');
  });

  it('turns a single line break into a br', () => {
    expect(autop('One\nTwo')).toBe('<p>One<br />\nTwo</p>\n');
  });

  it('returns an empty string for whitespace only', () => {
    expect(autop(' \n\t ')).toBe('');
  });

  it('does not wrap block-level elements', () => {
    expect(autop('<h2>Title</h2>\nText')).toBe('<h2>Title</h2>\n<p>Text</p>\n');
  });

  it('keeps line breaks inside pre untouched', () => {
    expect(autop('<pre>a\n\nb</pre>')).toBe('<pre>a\n\nb</pre>\n');
  });

  it('moves a paragraph inside a blockquote', () => {
    expect(autop('<blockquote>Quote\n<cite>Who</cite></blockquote>')).toBe(
      '<blockquote><p>Quote<br />\n<cite>Who</cite></p></blockquote>\n',
    );
  });

  it('wraps an HTML comment on its own in a paragraph, as with the more tag', () => {
    expect(autop('a\n\n<!--more-->\n\nb')).toBe('<p>a</p>\n<p><!--more--></p>\n<p>b</p>\n');
  });

  it('keeps line breaks inside tags as they were', () => {
    expect(autop('<a\nhref="x">y</a>')).toBe('<p><a\nhref="x">y</a></p>\n');
  });

  it('collapses whitespace around every figcaption, not just the first', () => {
    const html = '<figure><img src="a" />\n<figcaption>A</figcaption>\n</figure>'.repeat(2);
    expect(autop(html)).not.toContain('\n<figcaption');
  });

  it('treats a no-break space as text, not as whitespace', () => {
    expect(autop('\u00a0')).toBe('<p>\u00a0</p>\n');
  });
});
