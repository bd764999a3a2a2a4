/**
 * One content's media lookups: each distinct URL is asked once, and only a few at a time, so
 * a gallery of a hundred images does not fire a hundred probes at WordPress together.
 * @module
 */

/** Maps a media URL to the URL the browser should use, or null when it cannot be served. */
export type MediaResolver = (url: string) => Promise<string | null>;

/** Wraps `resolve` with a per-content memo and a concurrency limit. */
export function createContentMediaResolver(resolve: MediaResolver, concurrency = 6): MediaResolver {
  const memo = new Map<string, Promise<string | null>>();
  const queue: (() => void)[] = [];
  let active = 0;

  const release = () => {
    active -= 1;
    queue.shift()?.();
  };
  const run = async (url: string): Promise<string | null> => {
    if (active >= concurrency) await new Promise<void>((resume) => queue.push(resume));
    active += 1;
    try {
      return await resolve(url);
    } catch {
      // A resolver that fails is treated as media that cannot be served, not a broken page.
      return null;
    } finally {
      release();
    }
  };

  return (url) => {
    let pending = memo.get(url);
    if (!pending) {
      pending = run(url);
      memo.set(url, pending);
    }
    return pending;
  };
}

const MEDIA_EXTENSIONS = new Set([
  ...['jpg', 'jpeg', 'jpe', 'png', 'gif', 'webp', 'avif', 'bmp', 'tif', 'tiff', 'ico', 'heic'],
  ...['svg', 'mp3', 'm4a', 'ogg', 'oga', 'wav', 'flac', 'aac', 'mp4', 'm4v', 'mov', 'webm'],
  ...['ogv', 'pdf'],
]);

/** Whether a URL (absolute or not) names an uploaded file rather than a page. */
export function isMediaFileUrl(url: URL): boolean {
  if (url.pathname.includes('/wp-content/uploads/')) return true;
  const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1]?.toLowerCase();
  return extension !== undefined && MEDIA_EXTENSIONS.has(extension);
}
