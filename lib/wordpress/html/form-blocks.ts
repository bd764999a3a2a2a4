/**
 * The site's own forms inside WordPress content. An editor places one with a shortcode on a
 * line of its own (`[portico_contact_form]`, `[portico_newsletter]`) or with a block that
 * saves its placeholder (`<!-- wp:portico/newsletter --><div
 * class="wp-block-portico-newsletter"></div><!-- /wp:portico/newsletter -->`). WordPress
 * renders neither (no plugin registers them), so both reach the site as text or an empty
 * div: the content pipeline turns them into one marker, and the page renders the form there.
 *
 * Known limit: only markers at the top level of the content become forms; one nested in
 * a group or column stays an empty div. Splitting the enclosing elements around it would lift
 * that.
 * @module
 */
import render from 'dom-serializer';
import type { ChildNode, Document } from 'domhandler';
import { isTag, isText } from 'domhandler';

import { createElement, descendants, parseHtml, replaceNode } from './dom';

export type FormBlock = 'contact-form' | 'newsletter';

const SHORTCODES: Record<string, FormBlock> = {
  portico_contact_form: 'contact-form',
  'portico-contact-form': 'contact-form',
  portico_newsletter: 'newsletter',
  'portico-newsletter': 'newsletter',
};
const SHORTCODE_LINE = /^\s*\[([a-z_-]+)\s*\/?\]\s*$/i;
const MARKER_CLASS = /^wp-block-portico-(contact-form|newsletter)$/;

/** The class the marker carries; the sanitiser keeps `wp-` classes. */
export function markerClass(block: FormBlock): string {
  return `wp-block-portico-${block}`;
}

/** Turns a paragraph holding only a form's shortcode into that form's marker. */
export function markFormShortcodes(document: Document): void {
  for (const node of descendants(document)) {
    if (!isTag(node) || node.name !== 'p' || node.children.length !== 1) continue;
    const [only] = node.children;
    if (!only || !isText(only)) continue;
    const name = SHORTCODE_LINE.exec(only.data)?.[1]?.toLowerCase();
    const block = name ? SHORTCODES[name] : undefined;
    if (block) replaceNode(node, createElement('div', { class: markerClass(block) }));
  }
}

/** A piece of prepared content: sanitised HTML, or the place of a form. */
export type ContentPart = { kind: 'html'; html: string } | { kind: 'form'; form: FormBlock };

/** Cuts prepared (already sanitised) content at its top-level form markers. */
export function splitAtFormBlocks(html: string): ContentPart[] {
  if (!html.includes('wp-block-portico-')) return [{ kind: 'html', html }];
  const document = parseHtml(html);
  const parts: ContentPart[] = [];
  let pending: ChildNode[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    parts.push({ kind: 'html', html: render(pending, { encodeEntities: 'utf8' }) });
    pending = [];
  };
  for (const node of document.children) {
    const block = isTag(node) ? MARKER_CLASS.exec(node.attribs.class ?? '')?.[1] : undefined;
    if (block) {
      flush();
      parts.push({ kind: 'form', form: block as FormBlock });
    } else {
      pending.push(node);
    }
  }
  flush();
  return parts;
}
