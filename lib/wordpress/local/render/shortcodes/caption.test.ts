import { describe, expect, it } from 'vitest';

import { renderCaption } from './caption';

const same = (html: string) => html;

describe('renderCaption', () => {
  it('renders an HTML5 figure with the trailing text as caption, as recorded', () => {
    const html = renderCaption(
      { id: 'attachment_754', align: 'alignnone', width: '604' },
      '<a href="u"><img src="i" /></a> Bell on wharf',
      same,
    );
    expect(html).toBe(
      '<figure id="attachment_754" aria-describedby="caption-attachment-754" style="width: 604px" class="wp-caption alignnone"><a href="u"><img src="i" /></a><figcaption id="caption-attachment-754" class="wp-caption-text">Bell on wharf</figcaption></figure>',
    );
  });

  it('takes the caption from the caption attribute when present', () => {
    const html = renderCaption({ width: '10', caption: 'C' }, '<img src="i" />', same);
    expect(html).toBe(
      '<figure style="width: 10px" class="wp-caption alignnone"><img src="i" /><figcaption class="wp-caption-text">C</figcaption></figure>',
    );
  });

  it('returns just the content when the width is missing', () => {
    expect(renderCaption({ caption: 'C' }, '<img src="i" />', same)).toBe('<img src="i" />');
  });
});
