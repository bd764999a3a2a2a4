import { describe, expect, it } from 'vitest';

import type { ContentRenderContext } from '../types';
import { renderMedia } from './media';

const ctx: ContentRenderContext = {
  siteUrl: 'http://h',
  postId: 165,
  attachmentById: () => undefined,
  attachmentsOf: () => [],
};
const URL = 'https://x.test/a.mp3';

describe('renderMedia', () => {
  it('renders the first audio player of a request with the IE shim, as recorded', () => {
    expect(renderMedia('audio', { src: URL }, undefined, ctx, { audio: 0, video: 0 })).toBe(
      "<!--[if lt IE 9]><script>document.createElement('audio');</script><![endif]-->\n" +
        '<audio class="wp-audio-shortcode" id="audio-165-1" preload="none" style="width: 100%;" controls="controls">' +
        `<source type="audio/mpeg" src="${URL}?_=1" /><a href="${URL}">${URL}</a></audio>`,
    );
  });

  it('numbers later players and leaves the shim out', () => {
    const counters = { audio: 1, video: 0 };
    const html = renderMedia('audio', { src: URL }, undefined, ctx, counters);
    expect(html.startsWith('<audio')).toBe(true);
    expect(html).toContain('id="audio-165-2"');
  });

  it('renders nothing for a positional URL when the post has no audio attachment, as recorded', () => {
    expect(renderMedia('audio', { 0: URL }, undefined, ctx, { audio: 0, video: 0 })).toBe('');
  });

  it('links a source that is not an audio file', () => {
    expect(
      renderMedia('audio', { src: 'https://x.test/a.txt' }, undefined, ctx, { audio: 0, video: 0 }),
    ).toBe('<a class="wp-embedded-audio" href="https://x.test/a.txt">https://x.test/a.txt</a>');
  });

  it('wraps a video player in a sized div', () => {
    const html = renderMedia('video', { src: 'https://x.test/a.mp4' }, undefined, ctx, {
      audio: 0,
      video: 0,
    });
    expect(html).toMatch(/^<div style="width: 640px;" class="wp-video"><!--\[if lt IE 9\]>/);
    expect(html).toContain(
      '<video class="wp-video-shortcode" id="video-165-1" width="640" height="360" preload="metadata" controls="controls">',
    );
  });
});
