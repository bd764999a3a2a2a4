// @ts-check
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  trailingSlash: true,
  cacheHandler: require.resolve('./lib/cache/memory-cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  typescript: { ignoreBuildErrors: false },
  // WordPress content is sanitised HTML with plain <img>; media reach visitors through the
  // site's own /wp-media proxy, so the image optimiser fetches nothing remote.
  images: { remotePatterns: [] },
  serverExternalPackages: ['pino'],
};

export default nextConfig;
