import { describe, expect, it } from 'vitest';

import { APPLY_BODY_LIMIT } from '@/lib/jobs/apply-limits';

import {
  formPostLimit,
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

describe('the job pages', () => {
  it('take a post with a resume, up to the apply limit, and no more', async () => {
    expect(formPostLimit('/jobs/12-analyst/')).toBe(APPLY_BODY_LIMIT);
    expect(formPostLimit('/contact/')).toBe(SERVER_ACTION_BODY_LIMIT);
    const sixMegabytes = String(6 * 1024 * 1024);
    const over = String(APPLY_BODY_LIMIT + 1);
    await expect(
      isOversizedFormPost(post({ ...multipart, 'content-length': sixMegabytes }), '/jobs/12-a/'),
    ).resolves.toBe(false);
    await expect(
      isOversizedFormPost(post({ ...multipart, 'content-length': sixMegabytes }), '/contact/'),
    ).resolves.toBe(true);
    await expect(
      isOversizedFormPost(post({ ...multipart, 'content-length': over }), '/jobs/12-a/'),
    ).resolves.toBe(true);
  });

  it('answer an oversized application with words about the resume', async () => {
    const text = await oversizedFormResponse('/jobs/12-analyst/').text();
    expect(text).toContain('at most 5 MB');
  });
});

describe('oversizedFormResponse', () => {
  it('is a 413 page that says what happened', async () => {
    const response = oversizedFormResponse();
    expect(response.status).toBe(413);
    await expect(response.text()).resolves.toContain('Your form was too large to send');
  });
});
