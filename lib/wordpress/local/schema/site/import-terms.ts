import type { WxrDocument, WxrItemTerm, WxrTerm } from '../../wxr';

import type { SiteTerm } from './types';

/**
 * Term ids as the WordPress importer assigns them on a fresh site: `Uncategorized` is 1, then
 * one auto-increment id per new term, in the order categories, tags, other terms, then terms
 * first met on items.
 */
export class TermRegistry {
  readonly terms: SiteTerm[] = [];
  /** Export term id to site term id; later taxonomies overwrite earlier ones, as the importer does. */
  readonly byExportId = new Map<number, number>();
  private readonly bySlug = new Map<string, SiteTerm>();
  private nextId = 2;

  constructor() {
    this.add({ id: 1, taxonomy: 'category', slug: 'uncategorized', name: 'Uncategorized' });
  }

  /** Imports the channel's term lists. */
  importDeclared(doc: WxrDocument): void {
    for (const term of [...doc.categories, ...doc.tags, ...doc.terms])
      this.importDeclaredTerm(term);
  }

  /** The site id of an item's term, creating it the way the importer does when it is new. */
  ensureItemTerm(term: WxrItemTerm): SiteTerm {
    const existing = this.find(term.taxonomy, term.slug);
    if (existing) return existing;
    return this.add({
      id: this.nextId++,
      taxonomy: term.taxonomy,
      slug: term.slug,
      name: term.name,
    });
  }

  find(taxonomy: string, slug: string): SiteTerm | undefined {
    return this.bySlug.get(`${taxonomy}\u0000${slug}`);
  }

  private importDeclaredTerm(term: WxrTerm): void {
    const existing = this.find(term.taxonomy, term.slug);
    if (existing) {
      this.byExportId.set(term.termId, existing.id);
      return;
    }
    const parent = term.parentSlug ? this.find(term.taxonomy, term.parentSlug) : undefined;
    const created = this.add({
      id: this.nextId++,
      taxonomy: term.taxonomy,
      slug: term.slug,
      name: term.name,
      description: term.description,
      parentId: parent?.id ?? 0,
    });
    this.byExportId.set(term.termId, created.id);
  }

  private add(
    term: Pick<SiteTerm, 'id' | 'taxonomy' | 'slug' | 'name'> & Partial<SiteTerm>,
  ): SiteTerm {
    const full: SiteTerm = { description: '', parentId: 0, count: 0, uri: '', ...term };
    this.terms.push(full);
    this.bySlug.set(`${full.taxonomy}\u0000${full.slug}`, full);
    return full;
  }
}
