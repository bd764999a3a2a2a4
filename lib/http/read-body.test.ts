import { describe, expect, it } from 'vitest';

import { BodyTooLargeError, readBodyLimited } from './read-body';

function streamOf(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(120));
    },
  });
}

describe('readBodyLimited', () => {
  it('reads a body within the limit as UTF-8', async () => {
    const request = new Request('http://site.test/', { method: 'POST', body: '{"a":"ü"}' });
    expect(await readBodyLimited(request, 100)).toBe('{"a":"ü"}');
  });

  it('refuses a declared length over the limit before reading', async () => {
    const request = new Request('http://site.test/', {
      method: 'POST',
      body: 'x'.repeat(11),
      headers: { 'content-length': '11' },
    });
    await expect(readBodyLimited(request, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const request = new Request('http://site.test/', {
      method: 'POST',
      body: streamOf(1000, 1024),
      duplex: 'half',
    } as RequestInit);
    await expect(readBodyLimited(request, 4096)).rejects.toBeInstanceOf(BodyTooLargeError);
  });
});
