import path from 'node:path';

import type { Config } from '@/lib/config';

import { createMediaResolver } from './media';
import { probeMedia } from './media/proxy';

type Resolver = (url: string) => Promise<string | null>;

const resolvers = new Map<string, Resolver>();

/**
 * How media URLs in content reach the visitor: from the repository's public/ in embedded mode
 * (never the network), or through the /wp-media proxy for a real WordPress.
 */
export function getMediaResolver(config: Config, wordpressOrigin: string): Resolver {
  const key = `${config.content.kind}:${wordpressOrigin}`;
  const known = resolvers.get(key);
  if (known) return known;
  const resolver =
    config.content.kind === 'export'
      ? createMediaResolver({
          mode: 'embedded',
          siteOrigins: [wordpressOrigin],
          publicDir: path.join(process.cwd(), 'public'),
        })
      : createMediaResolver({
          mode: 'remote',
          allowedOrigins: config.content.mediaOrigins,
          probe: (url) => probeMedia(url, fetch, 3000),
        });
  resolvers.set(key, resolver);
  return resolver;
}
