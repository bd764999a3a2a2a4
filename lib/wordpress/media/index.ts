/**
 * The media resolver pages use: where the visitor's browser should fetch a media URL found
 * in WordPress content, or null when it cannot be served.
 * @module
 */
import type { MediaResolver } from '../html/media-resolution';

import { createEmbeddedResolver } from './embedded-resolver';
import type { EmbeddedResolverOptions } from './embedded-resolver';
import { createRemoteResolver } from './remote-resolver';
import type { RemoteResolverOptions } from './remote-resolver';

export type { MediaResolver } from '../html/media-resolution';
export { fetchMedia, probeMedia } from './proxy';

/** Which resolver to build: files on disk for the embedded WordPress, or the proxy. */
export type MediaResolverOptions =
  ({ mode: 'embedded' } & EmbeddedResolverOptions) | ({ mode: 'remote' } & RemoteResolverOptions);

/**
 * Builds a media resolver. Embedded mode answers from `publicDir` only; remote mode answers
 * `/wp-media/…` addresses for reachable media on `allowedOrigins`, with probe answers cached.
 *
 * @example
 * createMediaResolver({ mode: 'embedded', siteOrigins: ['https://demo.example'], publicDir })
 */
export function createMediaResolver(options: MediaResolverOptions): MediaResolver {
  return options.mode === 'embedded'
    ? createEmbeddedResolver(options)
    : createRemoteResolver(options);
}
