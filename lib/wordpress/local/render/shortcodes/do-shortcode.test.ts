import { describe, expect, it } from 'vitest';

import {
  doShortcode,
  shortcodeUnautop,
  stripShortcodes,
  type ShortcodeHandler,
} from './do-shortcode';

const echo: ShortcodeHandler = (attrs, content, tag) =>
  `<${tag} ${JSON.stringify(attrs)}>${content ?? ''}`;
const registry = new Map([['x', echo]]);

describe('doShortcode', () => {
  it('replaces a registered shortcode with its handler output', () => {
    expect(doShortcode('a [x k="v"] b', registry)).toBe('a <x {"k":"v"}> b');
  });

  it('leaves unregistered shortcodes as literal text', () => {
    expect(doShortcode('[simple a] [x]', registry)).toBe('[simple a] <x {}>');
  });

  it('unescapes a doubled-bracket shortcode instead of running it', () => {
    expect(doShortcode('[[x]]', registry)).toBe('[x]');
  });

  it('does not run a shortcode written inside an HTML attribute', () => {
    expect(doShortcode('<a title="[x]">[x]</a>', registry)).toBe('<a title="[x]"><x {}></a>');
  });
});

describe('stripShortcodes', () => {
  it('removes registered shortcodes with their content and keeps the rest', () => {
    expect(stripShortcodes('a [x]inner[/x] b [y]', ['x'])).toBe('a  b [y]');
  });
});

describe('shortcodeUnautop', () => {
  it('unwraps a shortcode that is alone in a paragraph', () => {
    expect(shortcodeUnautop('<p>[x a="1"]</p>\n<p>text [x]</p>', ['x'])).toBe(
      '[x a="1"]\n<p>text [x]</p>',
    );
  });

  it('unwraps an enclosing shortcode with its content', () => {
    expect(shortcodeUnautop('<p>[x]<img src="a"> b[/x]</p>', ['x'])).toBe('[x]<img src="a"> b[/x]');
  });
});
