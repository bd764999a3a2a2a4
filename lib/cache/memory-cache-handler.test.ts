import { createRequire } from 'node:module';

import { describe, expect, it } from 'vitest';

interface Handler {
  get(key: string): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: { tags?: string[] }): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
}
interface HandlerClass {
  new (): Handler;
  size(): { entries: number; bytes: number; maxBytes: number };
}

const require = createRequire(import.meta.url);
// One module, one store: the tests share it, so each uses its own keys.
const MemoryCacheHandler = require('./memory-cache-handler.cjs') as HandlerClass;

describe('MemoryCacheHandler', () => {
  it('returns what was set, and null for unknown keys', async () => {
    const cache = new MemoryCacheHandler();
    await cache.set('a', { kind: 'FETCH', data: 1 }, { tags: ['wp'] });
    expect((await cache.get('a'))?.value).toEqual({ kind: 'FETCH', data: 1 });
    expect(await cache.get('missing')).toBeNull();
  });

  it('drops entries by a tag given in ctx or in the page headers', async () => {
    const cache = new MemoryCacheHandler();
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

  it('evicts the least recently used entries once the size limit is passed', async () => {
    const cache = new MemoryCacheHandler();
    const { maxBytes } = MemoryCacheHandler.size();
    const page = (n: number) => ({
      kind: 'APP_PAGE',
      html: 'x'.repeat(Math.ceil(maxBytes / 4)),
      n,
    });
    await cache.set('lru-1', page(1), {});
    await cache.set('lru-2', page(2), {});
    await cache.set('lru-3', page(3), {});
    await cache.get('lru-1');
    await cache.set('lru-4', page(4), {});
    await cache.set('lru-5', page(5), {});

    expect(MemoryCacheHandler.size().bytes).toBeLessThanOrEqual(maxBytes);
    expect(await cache.get('lru-2')).toBeNull();
    expect(await cache.get('lru-5')).not.toBeNull();
  });
});
