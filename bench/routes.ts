/**
 * What the bench measures: WordPress pages of the demo export and the bench-only pages that
 * exist only in builds with PORTICO_BENCH=1.
 * @module
 */

/** A page put under load, on Next and on the raw static server. */
export interface BenchRoute {
  name: string;
  path: string;
  /** `wordpress`: rendered from WordPress and cached (ISR); `next-static`: prerendered. */
  kind: 'wordpress' | 'next-static';
}

/** The post whose size the static page copies. */
export const POST_PATH = '/2025/02/18/research-and-design-whats-next/';

/** Next's own ceiling: a prerendered page about as large as the post. */
export const STATIC_PATH = '/bench-static/';

/** The baseline for first-load JavaScript: an empty page under the root layout. */
export const EMPTY_PATH = '/bench-empty/';

/** The one page whose template holds a client component (the password form). */
export const PROTECTED_PATH = '/2026/06/16/client-preview-fennick-street-brand-refresh/';

/** Pages put under load, in the order they are reported. */
export const LOAD_ROUTES: readonly BenchRoute[] = [
  { name: 'front page', path: '/', kind: 'wordpress' },
  { name: 'post', path: POST_PATH, kind: 'wordpress' },
  { name: 'category archive', path: '/category/insights/', kind: 'wordpress' },
  { name: 'nested page', path: '/about/team/leadership/', kind: 'wordpress' },
  { name: 'Next static page', path: STATIC_PATH, kind: 'next-static' },
];

/** Pages whose first-load JavaScript is compared with the empty page. */
export const JS_ROUTES: readonly BenchRoute[] = [
  ...LOAD_ROUTES,
  { name: 'password-protected post', path: PROTECTED_PATH, kind: 'wordpress' },
];
