import { describe, expect, it } from 'vitest';

import { splitAtFormBlocks } from './form-blocks';
import { prepareContentHtml } from './prepare-content';

const prepare = (html: string) =>
  prepareContentHtml(html, { wordpressOrigins: [], mode: 'full', resolveMedia: async () => null });

describe('form blocks in WordPress content', () => {
  it('turns a shortcode on its own line into the form at that spot', async () => {
    const html = await prepare('<p>Before</p>\n<p>[portico_newsletter]</p>\n<p>After</p>');
    expect(splitAtFormBlocks(html)).toEqual([
      { kind: 'html', html: '<p>Before</p>\n' },
      { kind: 'form', form: 'newsletter' },
      { kind: 'html', html: '\n<p>After</p>' },
    ]);
  });

  it("keeps a block's saved placeholder through the sanitiser", async () => {
    const html = await prepare(
      '<div class="wp-block-portico-contact-form"></div><p>Write soon</p>',
    );
    expect(splitAtFormBlocks(html)).toEqual([
      { kind: 'form', form: 'contact-form' },
      { kind: 'html', html: '<p>Write soon</p>' },
    ]);
  });

  it('leaves a shortcode inside a sentence, and unknown portico names, as text', async () => {
    const html = await prepare('<p>Use [portico_newsletter] here</p><p>[portico_other]</p>');
    expect(splitAtFormBlocks(html)).toEqual([{ kind: 'html', html }]);
    expect(html).toContain('[portico_newsletter]');
  });

  it('answers content without forms whole, unparsed', () => {
    const html = '<p>Plain &amp; simple</p>';
    expect(splitAtFormBlocks(html)).toEqual([{ kind: 'html', html }]);
  });
});
