import { describe, expect, it } from 'vitest';

import { decodeHtmlText, htmlToText } from './decode';

describe('decodeHtmlText', () => {
  it('decodes a numeric curly apostrophe', () => {
    expect(decodeHtmlText('It&#8217;s')).toBe('It’s');
  });

  it('decodes the zero-padded ampersand WordPress writes', () => {
    expect(decodeHtmlText('Fish &#038; Chips')).toBe('Fish & Chips');
  });

  it('decodes only once, so a double-escaped ampersand shows as &amp;', () => {
    expect(decodeHtmlText('&amp;amp;')).toBe('&amp;');
  });

  it('turns escaped markup into plain text, not markup', () => {
    expect(decodeHtmlText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe(
      '<script>alert(1)</script>',
    );
  });

  it('decodes named and hexadecimal entities', () => {
    expect(decodeHtmlText('&eacute;t&eacute; &hellip; &nbsp;&#x2014;&copy;')).toBe(
      'été … \u00a0—©',
    );
  });

  it('leaves bare ampersands and unknown entities unchanged', () => {
    expect(decodeHtmlText('Plain & simple &zzfoo;')).toBe('Plain & simple &zzfoo;');
  });
});

describe('htmlToText', () => {
  it('drops tags, decodes once and collapses whitespace', () => {
    expect(htmlToText('<p>Fish &amp;amp;\n\n <em>chips</em></p>\n<p>It&#8217;s</p>')).toBe(
      'Fish &amp; chips It’s',
    );
  });

  it('replaces WordPress’s [&hellip;] with an ellipsis', () => {
    expect(htmlToText('<p>Grab a paddle and [&hellip;]</p>')).toBe('Grab a paddle and…');
  });

  it('separates block elements and line breaks by a space', () => {
    expect(htmlToText('<h2>Title</h2><p>one<br>two</p><ul><li>a</li><li>b</li></ul>')).toBe(
      'Title one two a b',
    );
  });

  it('ignores scripts, styles and comments', () => {
    expect(htmlToText('<p>a<script>x()</script><style>p{}</style><!-- c --> b</p>')).toBe('a b');
  });

  it('cuts at a word boundary and ends with an ellipsis within the limit', () => {
    const text = htmlToText('<p>The quick brown fox jumps over the lazy dog.</p>', 20);
    expect(text).toBe('The quick brown fox…');
    expect(text.length).toBeLessThanOrEqual(20);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(htmlToText('<p>Hello, world, again and again</p>', 14)).toBe('Hello, world…');
  });

  it('cuts a single long word when no boundary is near', () => {
    expect(htmlToText('Supercalifragilistic', 10)).toBe('Supercali…');
  });

  it('returns short text whole', () => {
    expect(htmlToText('<p>Short</p>', 160)).toBe('Short');
  });

  it('survives nesting deeper than the call stack', () => {
    const deep = `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`;
    expect(htmlToText(deep)).toBe('deep');
  });
});
