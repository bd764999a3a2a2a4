import { describe, expect, it } from 'vitest';

import { stripAllTags, stripTags } from './strip-tags';

describe('stripTags', () => {
  it('removes tags and comments', () => {
    expect(stripTags('<p>a <b>b</b><!-- c --></p>')).toBe('a b');
  });

  it('keeps a < that is followed by whitespace', () => {
    expect(stripTags('1 < 2')).toBe('1 < 2');
  });

  it('does not end a tag at a > inside a quoted attribute', () => {
    expect(stripTags('<a title="x>y">z</a>')).toBe('z');
  });
});

describe('stripAllTags', () => {
  it('drops script and style contents and trims', () => {
    expect(stripAllTags(' <style>p{}</style><p>a</p><script>x()</script>\n')).toBe('a');
  });
});
