import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

interface Handler {
  get(key: string): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}

const require = createRequire(import.meta.url);
const MemoryCacheHandler = require('./memory-cache-handler.cjs') as new (
  options: unknown,
) => Handler;

describe('MemoryCacheHandler', () => {
  it('returns what was set, and null for unknown keys', async () => {
    const cache = new MemoryCacheHandler({});
    await cache.set('a', { kind: 'FETCH', data: 1 }, { tags: ['wp'] });
    expect((await cache.get('a'))?.value).toEqual({ kind: 'FETCH', data: 1 });
    expect(await cache.get('missing')).toBeNull();
  });

  it('drops entries by a tag given in ctx or in the page headers', async () => {
    const cache = new MemoryCacheHandler({});
    await cache.set('data', { kind: 'FETCH' }, { tags: ['wp:uri:/a/'] });
    await cache.set(
      'page',
      { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'wp,wp:uri:/b/' } },
      {},
    );
    await cache.set('other', { kind: 'FETCH' }, { tags: ['wp:uri:/c/'] });

    await cache.revalidateTag(['wp:uri:/a/', 'wp:uri:/b/']);

    expect(await cache.get('data')).toBeNull();
    expect(await cache.get('page')).toBeNull();
    expect(await cache.get('other')).not.toBeNull();
  });
});
