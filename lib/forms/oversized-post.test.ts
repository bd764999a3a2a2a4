import { describe, expect, it } from 'vitest';

import {
  isOversizedFormPost,
  oversizedFormResponse,
  SERVER_ACTION_BODY_LIMIT,
} from './oversized-post';

const multipart = { 'content-type': 'multipart/form-data; boundary=x' };

function post(headers: Record<string, string>, body?: BodyInit): Request {
  return new Request('http://site.test/contact/', {
    method: 'POST',
    headers,
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('isOversizedFormPost', () => {
  it('spots a form post declaring more than the limit', async () => {
    const length = String(SERVER_ACTION_BODY_LIMIT + 1);
    await expect(
      isOversizedFormPost(post({ ...multipart, 'content-length': length }), '/contact/'),
    ).resolves.toBe(true);
    await expect(
      isOversizedFormPost(post({ 'next-action': 'abc', 'content-length': length }), '/contact/'),
    ).resolves.toBe(true);
  });

  it('lets through a post at the limit, a route handler and a non-form post', async () => {
    const atLimit = String(SERVER_ACTION_BODY_LIMIT);
    const over = String(SERVER_ACTION_BODY_LIMIT + 1);
    await expect(
      isOversizedFormPost(post({ ...multipart, 'content-length': atLimit }), '/contact/'),
    ).resolves.toBe(false);
    await expect(
      isOversizedFormPost(post({ ...multipart, 'content-length': over }), '/api/consent/'),
    ).resolves.toBe(false);
    await expect(
      isOversizedFormPost(
        post({ 'content-type': 'text/plain', 'content-length': over }),
        '/contact/',
      ),
    ).resolves.toBe(false);
  });

  it('measures a body sent without a length, reading no more than the limit', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    await expect(isOversizedFormPost(post(multipart, endless), '/contact/')).resolves.toBe(true);
    expect(pulled).toBeLessThanOrEqual(SERVER_ACTION_BODY_LIMIT + 3 * 64 * 1024);
    const small = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(1000));
        controller.close();
      },
    });
    await expect(isOversizedFormPost(post(multipart, small), '/contact/')).resolves.toBe(false);
  });
});

describe('oversizedFormResponse', () => {
  it('is a 413 page that says what happened', async () => {
    const response = oversizedFormResponse();
    expect(response.status).toBe(413);
    await expect(response.text()).resolves.toContain('Your form was too large to send');
  });
});
