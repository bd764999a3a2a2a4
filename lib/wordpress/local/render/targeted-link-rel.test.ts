import { describe, expect, it } from 'vitest';

import { addTargetedLinkRel } from './targeted-link-rel';

describe('addTargetedLinkRel', () => {
  it('adds rel="noopener" to a link with a target, as recorded', () => {
    expect(addTargetedLinkRel('<a title="T" href="https://x.test/" target="_blank">x</a>')).toBe(
      '<a title="T" href="https://x.test/" target="_blank" rel="noopener">x</a>',
    );
  });

  it('merges noopener into an existing rel', () => {
    expect(addTargetedLinkRel('<a href="/" target="_blank" rel="nofollow">x</a>')).toBe(
      '<a href="/" target="_blank" rel="nofollow noopener">x</a>',
    );
  });

  it('leaves links without a target untouched', () => {
    const html = '<a href="/"  title=\'t\'>x</a> target';
    expect(addTargetedLinkRel(html)).toBe(html);
  });

  it('leaves scripts alone', () => {
    const html = '<script>"<a target=x>"</script><a target="_blank" href="/">x</a>';
    expect(addTargetedLinkRel(html)).toBe(
      '<script>"<a target=x>"</script><a target="_blank" href="/" rel="noopener">x</a>',
    );
  });
});
