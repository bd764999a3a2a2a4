// @ts-check
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Bench-only pages (app/(bench)/**/page.bench.tsx) exist only in the benchmark's build.
  pageExtensions: process.env.PORTICO_BENCH === '1' ? ['tsx', 'ts', 'bench.tsx'] : ['tsx', 'ts'],
  // The benchmark builds into its own directory so it never replaces the site's .next build.
  distDir: process.env.PORTICO_DIST_DIR || '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  trailingSlash: true,
  cacheHandler: require.resolve('./lib/cache/memory-cache-handler.cjs'),
  cacheMaxMemorySize: 0,
  // npm test type-checks the whole project (tsc --noEmit) before it builds; the build itself
  // need not do it again.
  typescript: { ignoreBuildErrors: true },
  // WordPress content is sanitised HTML with plain <img>; media reach visitors through the
  // site's own /wp-media proxy, so the image optimiser fetches nothing remote.
  images: { remotePatterns: [] },
  // The apply form on the job pages posts a resume of up to 5 MB (lib/jobs/apply-limits.ts,
  // APPLY_BODY_LIMIT, 8 MiB); proxy.ts holds every other page to 1 MB (lib/forms/body-limit.ts).
  experimental: { serverActions: { bodySizeLimit: '8mb' } },
  serverExternalPackages: ['pino', 'jsforce', 'nodemailer', 'mailparser', 'better-sqlite3'],
};

export default nextConfig;
