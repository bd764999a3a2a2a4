import type { SiteMenuItem, SitePost, SiteTerm } from './types';

// MariaDB's utf8mb4 collations compare case- and accent-insensitively, digits before letters.
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Newest first, then the higher id, as WPGraphQL orders post connections. */
export function comparePosts(a: SitePost, b: SitePost): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return b.id - a.id;
}

/** By name, then the higher id first (what the recorded WPGraphQL answers show for equal names). */
export function compareTerms(a: SiteTerm, b: SiteTerm): number {
  return collator.compare(a.name, b.name) || b.id - a.id;
}

/** By menu order, then the higher id first (as recorded). */
export function compareMenuItems(a: SiteMenuItem, b: SiteMenuItem): number {
  return a.order - b.order || b.id - a.id;
}
