import { describe, expect, it } from 'vitest';

import { autoembed, runEmbedShortcode } from './embed';

const media = (kind: string, src: string) => `<${kind}:${src}>`;

describe('autoembed', () => {
  it('leaves a URL alone on its line as text when oEmbed is unreachable', () => {
    expect(autoembed('https://www.youtube.com/watch?v=x\n\nText', media)).toBe(
      'https://www.youtube.com/watch?v=x\n\nText',
    );
  });

  it('decodes &amp; in a URL on its own line, as recorded', () => {
    expect(autoembed('\nhttps://x.test/?a=1&amp;b=2\n', media)).toBe('\nhttps://x.test/?a=1&b=2\n');
  });

  it('turns an audio file URL on its own line into a player', () => {
    expect(autoembed('https://x.test/a.mp3', media)).toBe('<audio:https://x.test/a.mp3>');
  });

  it('ignores URLs inside running text', () => {
    expect(autoembed('see https://x.test/ now', media)).toBe('see https://x.test/ now');
  });
});

describe('runEmbedShortcode', () => {
  it('turns [embed] into a plain link when oEmbed is unreachable', () => {
    expect(runEmbedShortcode('[embed]https://x.test/v[/embed]', media)).toBe(
      '<a href="https://x.test/v">https://x.test/v</a>',
    );
  });
});
