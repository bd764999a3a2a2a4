import { describe, expect, it } from 'vitest';

import { texturize } from './texturize';

const TAGS = ['caption', 'gallery', 'embed'];
const tx = (text: string) => texturize(text, TAGS);

describe('texturize', () => {
  it('curls double quotes around a word', () => {
    expect(tx('a "quoted" word')).toBe('a &#8220;quoted&#8221; word');
  });

  it('turns an apostrophe inside a word into a right single quote', () => {
    expect(tx("it's")).toBe('it&#8217;s');
  });

  it('reads a leading apostrophe of a cockney word as an apostrophe', () => {
    expect(tx("'cause I said")).toBe('&#8217;cause I said');
  });

  it('makes primes of feet and inches after digits', () => {
    expect(tx('a 6\' pole, 12" wide')).toBe('a 6&#8242; pole, 12&#8243; wide');
  });

  it('reads a quote between digits as an apostrophe, as WordPress does', () => {
    expect(tx("6'2")).toBe('6&#8217;2');
  });

  it('turns spaced double and triple hyphens into dashes', () => {
    expect(tx('a -- b --- c - d')).toBe('a &#8212; b &#8212; c &#8211; d');
  });

  it('turns three dots into an ellipsis and (tm) into a trademark sign', () => {
    expect(tx('wait... Brand (tm)')).toBe('wait&#8230; Brand &#8482;');
  });

  it('writes a multiplication sign between numbers', () => {
    expect(tx('a 9x9 grid')).toBe('a 9&#215;9 grid');
  });

  it('escapes a bare ampersand but keeps entities', () => {
    expect(tx('Tom & Jerry &amp; &#8220;')).toBe('Tom &#038; Jerry &amp; &#8220;');
  });

  it('leaves attribute values inside tags alone', () => {
    expect(tx('<a title="it\'s">it\'s</a>')).toBe('<a title="it\'s">it&#8217;s</a>');
  });

  it('does not texturize inside pre, code and kbd', () => {
    expect(tx('<pre>"x"</pre> "y"')).toBe('<pre>"x"</pre> &#8220;y&#8221;');
    expect(tx('<code>a -- b</code>')).toBe('<code>a -- b</code>');
  });

  it('skips the attributes of registered shortcodes but not their enclosed text', () => {
    expect(tx('[caption align="x"]it\'s[/caption]')).toBe(
      '[caption align="x"]it&#8217;s[/caption]',
    );
  });

  it('texturizes the brackets of unregistered shortcodes as plain text', () => {
    expect(tx('[simple "x"]')).toBe('[simple &#8220;x&#8221;]');
  });

  it('leaves HTML comments as they are', () => {
    expect(tx('<!-- "x" -->')).toBe('<!-- "x" -->');
  });
});
