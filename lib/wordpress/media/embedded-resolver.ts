/**
 * Media for the embedded WordPress: uploads that the export refers to and the repository
 * ships under public/wp-content/uploads/. Checks the disk only, never the network.
 * @module
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

import { parseHttpUrl } from '../html/safe-url';

import { TtlCache } from './ttl-cache';

/** Options of {@link createEmbeddedResolver}. */
export interface EmbeddedResolverOptions {
  /** Origins the export's own URLs use; relative URLs resolve against the first. */
  siteOrigins: string[];
  /** The directory served at the site root (public/). */
  publicDir: string;
}

const UPLOADS = '/wp-content/uploads/';

/** Resolves an upload on the export's own host to its site path iff the file is on disk. */
export function createEmbeddedResolver(options: EmbeddedResolverOptions) {
  const hosts = new Set(options.siteOrigins.flatMap((origin) => parseHttpUrl(origin)?.host ?? []));
  const root = path.resolve(options.publicDir);
  const exists = new TtlCache<string, Promise<boolean>>({ ttlMs: 10 * 60_000, maxEntries: 5000 });

  const isFile = (file: string): Promise<boolean> => {
    let known = exists.get(file);
    if (!known) {
      known = stat(file).then(
        (stats) => stats.isFile(),
        () => false,
      );
      exists.set(file, known);
    }
    return known;
  };

  return async (rawUrl: string): Promise<string | null> => {
    const url = parseHttpUrl(rawUrl, options.siteOrigins[0]);
    if (!url || !hosts.has(url.host) || !url.pathname.startsWith(UPLOADS)) return null;
    const file = fileFor(root, url.pathname);
    return file && (await isFile(file)) ? url.pathname : null;
  };
}

function fileFor(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter(Boolean);
  if (segments.some((segment) => segment === '.' || segment === '..' || /[\\\0]/.test(segment)))
    return null;
  const file = path.join(root, ...segments);
  return file.startsWith(root + path.sep) ? file : null;
}
