/**
 * The job list's query string: what the filter form sends and the pagination links keep.
 * Every parameter is checked on its own; a bad one is dropped and named, the rest still apply,
 * so a mangled link shows a useful list and a note rather than an error page.
 * @module
 */
import { z } from 'zod';

/** Jobs on one page of the list. */
export const JOBS_PER_PAGE = 20;

/** Deeper pages are refused: search engines' crawls and Bullhorn's paging both stop there. */
export const MAX_PAGE = 500;

/** The list's filters and page, as the query string gave them. */
export interface JobListQuery {
  keyword?: string;
  categoryId?: number;
  city?: string;
  employmentType?: string;
  page: number;
}

/** The query parameters' names, as the filter form's fields are named. */
export const PARAM = {
  keyword: 'q',
  categoryId: 'category',
  city: 'city',
  employmentType: 'type',
  page: 'page',
} as const;

type Filter = Exclude<keyof JobListQuery, 'page'>;

const text = (max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max))
    .refine((value) => !/\p{Cc}/u.test(value));

const SCHEMAS = {
  keyword: text(100),
  categoryId: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number)
    .pipe(z.number().int().positive()),
  city: text(100),
  employmentType: text(60),
  page: z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(MAX_PAGE)),
} satisfies Record<keyof JobListQuery, z.ZodType<string | number, string>>;

const LABELS: Record<keyof JobListQuery, string> = {
  keyword: 'keyword',
  categoryId: 'category',
  city: 'location',
  employmentType: 'employment type',
  page: 'page number',
};

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The list query in `params`. `ignored` names, for visitors, each parameter that was present
 * but unusable (too long, not a number, repeated with different values, …); empty values are
 * simply no filter.
 */
export function parseJobListQuery(params: SearchParams): {
  query: JobListQuery;
  ignored: string[];
} {
  const query: JobListQuery = { page: 1 };
  const ignored: string[] = [];
  for (const key of Object.keys(PARAM) as (keyof JobListQuery)[]) {
    const raw = params[PARAM[key]];
    const values = (Array.isArray(raw) ? raw : [raw]).filter((value) => value !== undefined);
    const distinct = [...new Set(values.map((value) => value.trim()))].filter(Boolean);
    if (distinct.length === 0) continue;
    const parsed = distinct.length === 1 ? SCHEMAS[key].safeParse(distinct[0]) : null;
    if (!parsed?.success || parsed.data === '') {
      ignored.push(LABELS[key]);
      continue;
    }
    Object.assign(query, { [key]: parsed.data });
  }
  return { query, ignored };
}

/** True when any filter (not the page) is set. */
export function hasFilters(query: JobListQuery): boolean {
  return (['keyword', 'categoryId', 'city', 'employmentType'] as Filter[]).some(
    (key) => query[key] !== undefined,
  );
}

/** The list's path with `query`'s filters and, past the first, its page. */
export function toJobListHref(query: JobListQuery): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof JobListQuery)[]) {
    const value = query[key];
    if (value === undefined || (key === 'page' && value === 1)) continue;
    search.set(PARAM[key], String(value));
  }
  const encoded = search.toString();
  return encoded ? `/jobs/?${encoded}` : '/jobs/';
}
