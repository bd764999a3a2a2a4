import { describe, expect, it } from 'vitest';

import { parseShortcodeAttrs, shortcodeAtts, shortcodePattern, toShortcodeMatch } from './parse';

describe('parseShortcodeAttrs', () => {
  it('reads double-quoted, single-quoted and bare values, lower-casing names', () => {
    expect(parseShortcodeAttrs(' ID="a" Align=\'b\' width=604')).toEqual({
      id: 'a',
      align: 'b',
      width: '604',
    });
  });

  it('numbers positional values', () => {
    expect(parseShortcodeAttrs(' https://x.test/a.mp3 "two"')).toEqual({
      0: 'https://x.test/a.mp3',
      1: 'two',
    });
  });

  it('empties a value holding an unclosed HTML tag', () => {
    expect(parseShortcodeAttrs(' caption="<b oops"')).toEqual({ caption: '' });
  });
});

describe('shortcodeAtts', () => {
  it('keeps defaults and overrides only the names they declare', () => {
    expect(shortcodeAtts({ a: '1', b: '2' }, { b: 'x', c: 'y' })).toEqual({ a: '1', b: 'x' });
  });
});

describe('shortcodePattern', () => {
  it('captures enclosed content up to the matching closing tag', () => {
    const m = [
      ...'[caption id="1"]<img src="x"> Text[/caption]'.matchAll(shortcodePattern(['caption'])),
    ];
    expect(m).toHaveLength(1);
    const parts = toShortcodeMatch(m[0] as RegExpMatchArray);
    expect(parts.tag).toBe('caption');
    expect(parts.attrText).toBe(' id="1"');
    expect(parts.content).toBe('<img src="x"> Text');
  });

  it('does not match a longer tag name that starts with a registered one', () => {
    expect('[gallery-x]'.match(shortcodePattern(['gallery']))).toBeNull();
  });
});
