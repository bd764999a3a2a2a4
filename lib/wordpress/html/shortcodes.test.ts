import { describe, expect, it } from 'vitest';

import { parseHtml, serializeHtml } from './dom';
import { findAttributedShortcodes, stripShortcodeTags, stripShortcodes } from './shortcodes';

function strip(html: string): string {
  const document = parseHtml(html);
  stripShortcodes(document);
  return serializeHtml(document);
}

describe('stripShortcodeTags', () => {
  it('removes a core shortcode without attributes', () => {
    expect(stripShortcodeTags('Before [gallery] after')).toBe('Before  after');
  });

  it('removes an unknown shortcode that carries a quoted attribute', () => {
    expect(stripShortcodeTags('[foo bar="x"]inner')).toBe('inner');
  });

  it('removes an enclosing known shortcode and keeps its content', () => {
    expect(stripShortcodeTags('[caption id="a" align="alignnone"]A caption[/caption]')).toBe(
      'A caption',
    );
  });

  it('removes a page-builder shortcode by its namespace', () => {
    expect(stripShortcodeTags('[vc_row][vc_column]Text[/vc_column][/vc_row]')).toBe('Text');
  });

  it('removes self-closing and single-quoted forms', () => {
    expect(stripShortcodeTags("[contact-form-7 id='12' /] and [foo a='b' /]")).toBe(' and ');
  });

  it('recognises attributes quoted with curly quotes by wptexturize', () => {
    expect(stripShortcodeTags('[foo bar=”x”]')).toBe('');
  });

  it('keeps footnote marks, the excerpt ellipsis and bracketed prose', () => {
    const text = 'Source [1], more [&hellip;] and […], coracles [simple boat], [citation needed]';
    expect(stripShortcodeTags(text)).toBe(text);
  });

  it('keeps an unknown closing tag unless its opening tag was recognised', () => {
    expect(stripShortcodeTags('a [/foo] b')).toBe('a [/foo] b');
    expect(stripShortcodeTags('a [/foo] b', new Set(['foo']))).toBe('a  b');
  });

  it('keeps doubled brackets, which are not shortcode tags', () => {
    expect(stripShortcodeTags('Write [[gallery]] to show one')).toBe(
      'Write [[gallery]] to show one',
    );
  });

  it('keeps brackets with unquoted attributes on unknown names', () => {
    expect(stripShortcodeTags('[note id=3]')).toBe('[note id=3]');
  });
});

describe('findAttributedShortcodes', () => {
  it('lists opening tags with quoted attributes, lower-cased', () => {
    expect(findAttributedShortcodes('[Foo a="1"] [bar] [/baz] [qux b=\'2\']')).toEqual([
      'foo',
      'qux',
    ]);
  });
});

describe('stripShortcodes', () => {
  it('strips a closing tag in another paragraph once its opening tag was recognised', () => {
    expect(strip('<p>[box color="red"]</p><p>Inside</p><p>[/box]</p>')).toBe(
      '<p></p><p>Inside</p><p></p>',
    );
  });

  it('leaves shortcodes shown as code alone', () => {
    expect(strip('<p>Use <code>[gallery ids="1,2"]</code> here</p>')).toBe(
      '<p>Use <code>[gallery ids="1,2"]</code> here</p>',
    );
  });

  it('does not touch attribute values', () => {
    expect(strip('<a title="[gallery]" href="/x">[gallery]</a>')).toBe(
      '<a title="[gallery]" href="/x"></a>',
    );
  });
});
