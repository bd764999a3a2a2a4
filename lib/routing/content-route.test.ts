import { describe, expect, it } from 'vitest';

import { isConnectionCursor, isSameUri, parseContentRoute } from './content-route';

describe('parseContentRoute', () => {
  it('maps no segments to the front page', () => {
    expect(parseContentRoute(undefined)).toEqual({ uri: '/', after: undefined, basePath: '/' });
  });

  it('joins segments into a WordPress URI with slashes', () => {
    expect(parseContentRoute(['about', 'team']).uri).toBe('/about/team/');
  });

  it('splits an archive cursor off the path', () => {
    expect(parseContentRoute(['category', 'news', 'after', 'YXJyYXk6MTI='])).toEqual({
      uri: '/category/news/',
      after: 'YXJyYXk6MTI=',
      basePath: '/category/news/',
    });
  });

  it('decodes percent-encoded segments once', () => {
    expect(parseContentRoute(['greek', '%CE%B5%CF%80%CE%AF%CF%80%CE%B5%CE%B4%CE%BF-2']).uri).toBe(
      '/greek/επίπεδο-2/',
    );
    expect(parseContentRoute(['a%2525b']).uri).toBe('/a%25b/');
  });

  it('keeps a malformed escape as text instead of throwing', () => {
    expect(parseContentRoute(['bad%E0%A4%A']).uri).toBe('/bad%E0%A4%A/');
  });
});

describe('isSameUri', () => {
  it('treats the encoded and decoded forms as one URI', () => {
    expect(isSameUri('/greek/%CE%B5/', '/greek/ε/')).toBe(true);
    expect(isSameUri('/category/child-1/', '/category/parent/child-1/')).toBe(false);
  });
});

describe('isConnectionCursor', () => {
  it("accepts WPGraphQL's cursors", () => {
    expect(isConnectionCursor('YXJyYXljb25uZWN0aW9uOjE2Mw==')).toBe(true);
    expect(isConnectionCursor(Buffer.from('arrayconnection:1783').toString('base64'))).toBe(true);
  });

  it('refuses anything else', () => {
    expect(isConnectionCursor('junk')).toBe(false);
    expect(isConnectionCursor(Buffer.from('arrayconnection:x').toString('base64'))).toBe(false);
    expect(isConnectionCursor(Buffer.from('somethingelse:12').toString('base64'))).toBe(false);
    expect(isConnectionCursor('')).toBe(false);
    expect(isConnectionCursor('A'.repeat(200))).toBe(false);
  });
});
