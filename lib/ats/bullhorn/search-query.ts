/**
 * The Lucene query of a job search: the listed jobs (open, public, not deleted), narrowed by
 * the filters and by each keyword term as a word prefix in the title or the description.
 * @module
 */
import { toKeywordTerms } from '@/lib/ats/keyword';
import type { JobSearch, JobSort } from '@/lib/ats/port';
import { joinLucene, lucene, prefix, type LuceneQuery } from '@/lib/ats/query';

/** Only these jobs are on the board; API.md explains why isPublic:1 is named too. */
const LISTED = lucene`(isOpen:1) AND (isDeleted:0) AND (isPublic:1)`;

export const SORT_PARAMS: Record<JobSort, string> = {
  newest: '-dateLastPublished',
  oldest: 'dateLastPublished',
  title: 'title',
};

type JobFilters = Omit<JobSearch, 'start' | 'count' | 'sort'>;

/** The `query` parameter for these filters. */
export function toSearchQuery(filters: JobFilters): LuceneQuery {
  const clauses = [LISTED];
  for (const word of toKeywordTerms(filters.keyword)) {
    clauses.push(lucene`title:${prefix(word)} OR publicDescription:${prefix(word)}`);
  }
  if (filters.categoryId !== undefined) {
    clauses.push(lucene`publishedCategory.id:${filters.categoryId}`);
  }
  if (filters.city !== undefined) clauses.push(lucene`address.city:${filters.city}`);
  if (filters.employmentType !== undefined) {
    clauses.push(lucene`employmentType:${filters.employmentType}`);
  }
  return clauses.length === 1 ? LISTED : (joinLucene(clauses) ?? LISTED);
}
