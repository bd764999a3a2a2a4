import { describe, expect, it } from 'vitest';

import { uriTag } from '../cache-tags';
import { affectedTags } from './affected-tags';

describe('affectedTags', () => {
  it('revalidates everything for a menu or settings change', () => {
    expect(affectedTags({ id: 'evt-menu-01', event: 'menu.updated' })).toEqual(['wp']);
    expect(affectedTags({ id: 'evt-opts-01', event: 'settings.updated' })).toEqual(['wp']);
  });

  it('revalidates a post, its old URI, the front page, its archives and the sitemap only', () => {
    const tags = affectedTags({
      id: 'evt-post-01',
      event: 'post.updated',
      post: {
        databaseId: 42,
        type: 'post',
        uri: '/2025/01/new-slug/',
        previousUri: '/2025/01/old-slug/',
        archiveUris: ['/category/news/', '/author/ada/', '/blog/', '/category/news/'],
      },
    });
    expect(tags.sort()).toEqual(
      [
        'wp:uri:/2025/01/new-slug/',
        'wp:uri:/2025/01/old-slug/',
        'wp:uri:/',
        'wp:uri:/category/news/',
        'wp:uri:/author/ada/',
        'wp:uri:/blog/',
        'wp:sitemap',
      ].sort(),
    );
    expect(tags).not.toContain('wp');
  });

  it('revalidates the former URI of a trashed post that no longer has one', () => {
    const tags = affectedTags({
      id: 'evt-post-02',
      event: 'post.trashed',
      post: { databaseId: 7, type: 'page', uri: null, previousUri: '/about/', archiveUris: [] },
    });
    expect(tags.sort()).toEqual(['wp:sitemap', 'wp:uri:/', 'wp:uri:/about/']);
  });

  it("names a URI too long for a tag by its hash, as the page's own tag does", () => {
    const long = `/${'a'.repeat(300)}/`;
    const tags = affectedTags({
      id: 'evt-post-03',
      event: 'post.updated',
      post: { databaseId: 8, type: 'post', uri: long, archiveUris: [] },
    });
    expect(tags).toContain(uriTag(long));
    expect(uriTag(long)).toMatch(/^wp:uri#[0-9a-f]{64}$/);
    expect(tags.every((tag) => tag.length <= 256)).toBe(true);
  });
});
