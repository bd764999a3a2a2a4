/**
 * Checks that the site's own build (.next, built without PORTICO_BENCH) has no bench routes.
 * @module
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A sentence on whether .next/app-path-routes-manifest.json lists any /bench-* route. */
export function checkProductionBuild(root: string): string {
  const manifest = path.join(root, '.next', 'app-path-routes-manifest.json');
  let routes: string[];
  try {
    routes = Object.values(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>);
  } catch {
    return '.next has no build to check';
  }
  const bench = routes.filter((route) => route.startsWith('/bench-'));
  return bench.length
    ? `.next CONTAINS bench routes: ${bench.join(', ')}`
    : `.next has no bench routes (${routes.length} routes)`;
}
