/**
 * How both adapters read a keyword: its words, lowercased, each matching as the start of a
 * word in a job's title or description ("java dev" finds "Senior Java Developer"). Splitting
 * on everything but letters and digits is what a search index's tokenizer does to the indexed
 * text, so "C++" or "node.js" search for the same words the index holds.
 * @module
 */

/** At most this many terms count; more would only make the query longer, not better. */
export const MAX_KEYWORD_TERMS = 8;

/** The keyword's search terms: lowercased runs of letters and digits, de-duplicated. */
export function toKeywordTerms(keyword: string | undefined): string[] {
  if (!keyword) return [];
  const words = toSearchWords(keyword);
  return [...new Set(words)].slice(0, MAX_KEYWORD_TERMS);
}

/** Text as the search sees it: lowercased words (letters and digits), in order. */
export function toSearchWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** HTML as plain text for the search: tags and entities dropped. */
export function toSearchText(title: string, descriptionHtml: string): string {
  const text = descriptionHtml.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
  return toSearchWords(`${title} ${text}`).join(' ');
}
