import { describe, expect, it } from 'vitest';

import { replaceInHtmlTags, splitHtml, splitHtmlAndShortcodes, strtr } from './html-split';

describe('splitHtml', () => {
  it('alternates text, tags and comments', () => {
    expect(splitHtml('a<b>c<!-- d -->e').map((t) => `${t.kind}:${t.text}`)).toEqual([
      'text:a',
      'tag:<b>',
      'text:c',
      'comment:<!-- d -->',
      'text:e',
    ]);
  });

  it('takes an unclosed tag to the end of the input', () => {
    expect(splitHtml('a<b c').map((t) => t.text)).toEqual(['a', '<b c']);
  });
});

describe('splitHtmlAndShortcodes', () => {
  it('cuts out registered shortcodes only', () => {
    const kinds = splitHtmlAndShortcodes('x [caption a="1"]y[/caption] [nope]', ['caption']);
    expect(kinds.filter((t) => t.kind === 'shortcode').map((t) => t.text)).toEqual([
      '[caption a="1"]',
      '[/caption]',
    ]);
  });

  it('survives a long unclosed shortcode without catastrophic backtracking', () => {
    const started = Date.now();
    splitHtmlAndShortcodes(`[caption ${'a '.repeat(5000)}`, ['caption']);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('replaceInHtmlTags', () => {
  it('replaces only inside tags', () => {
    expect(replaceInHtmlTags('a\n<b\nc>\n', [['\n', ' ']])).toBe('a\n<b c>\n');
  });
});

describe('strtr', () => {
  it('prefers the longest match and never rescans replaced text', () => {
    expect(
      strtr('ab a', [
        ['a', 'b'],
        ['ab', 'x'],
        ['b', 'a'],
      ]),
    ).toBe('x b');
  });
});
