/**
 * The consent categories a visitor chooses from, and what each means. Pure data: the banner
 * (client), the settings page and the server all read it.
 * @module
 */

/** Categories that need consent, in the order the banner lists them. */
export const OPTIONAL_CATEGORIES = [
  'preferences',
  'statistics',
  'marketing',
  'external-media',
] as const;

export type OptionalCategory = (typeof OPTIONAL_CATEGORIES)[number];

export type ConsentCategory = 'necessary' | OptionalCategory;

/**
 * Global Privacy Control is a do-not-sell-or-share signal; we read it as a refusal of the
 * categories that measure or profile a visitor, whatever the banner says.
 */
export const GPC_REFUSED: readonly OptionalCategory[] = ['statistics', 'marketing'];

export interface CategoryText {
  label: string;
  description: string;
}

export const CATEGORY_TEXT: Record<ConsentCategory, CategoryText> = {
  necessary: {
    label: 'Necessary',
    description:
      'Needed for the site to work and to remember your choices here, such as this consent ' +
      'and the password of a protected post. Always on; they track nothing.',
  },
  preferences: {
    label: 'Preferences',
    description: 'Remember settings you pick, such as display choices, between visits.',
  },
  statistics: {
    label: 'Statistics',
    description: 'Count visits and see which pages are used, so we can improve the site.',
  },
  marketing: {
    label: 'Marketing',
    description: 'Measure campaigns and show relevant advertising on other sites.',
  },
  'external-media': {
    label: 'External media',
    description:
      'Show videos and maps from other providers (YouTube, Vimeo, map services) inside our ' +
      'pages. Loading them sends your address and browser details to that provider.',
  },
};

/** True for a known optional category name. */
export function isOptionalCategory(value: unknown): value is OptionalCategory {
  return typeof value === 'string' && (OPTIONAL_CATEGORIES as readonly string[]).includes(value);
}

/** The categories in their canonical order, without duplicates or unknown names. */
export function normalizeCategories(values: readonly unknown[]): OptionalCategory[] {
  return OPTIONAL_CATEGORIES.filter((category) => values.includes(category));
}

/** Removes what Global Privacy Control refuses when the signal is on. */
export function applyGpc(
  categories: readonly OptionalCategory[],
  isGpcOn: boolean,
): OptionalCategory[] {
  return isGpcOn
    ? categories.filter((category) => !GPC_REFUSED.includes(category))
    : [...categories];
}
