import { createHash } from 'node:crypto';

import type { ConsentService } from '../services';
import { OPTIONAL_CATEGORIES } from './categories';

/**
 * The consent version: a hash of the categories and of every service's registry entry
 * (functions aside), so any change to what visitors agreed to asks them again, and no one has
 * to remember to bump a number.
 */
export function computeConsentVersion(services: readonly ConsentService[]): string {
  const sorted = [...services].sort((a, b) => a.id.localeCompare(b.id));
  const content = JSON.stringify({ categories: OPTIONAL_CATEGORIES, services: sorted });
  return createHash('sha256').update(content).digest('base64url').slice(0, 12);
}
