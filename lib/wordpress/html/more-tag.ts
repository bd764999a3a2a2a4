/**
 * The more tag (`<!--more-->`, or `<!--more Custom text-->`) for archive listings: the teaser
 * is what comes before it, followed by a link to the whole post.
 * @module
 */
import type { ChildNode, Document, ParentNode } from 'domhandler';
import { isComment, isTag } from 'domhandler';
import { appendChild } from 'domutils';

import { createElement, descendants, isBlank, removeNode } from './dom';

const MORE_COMMENT = /^more(?:\s+([\s\S]*))?$/;

/**
 * Removes everything after the first more tag, and the tag itself with any element it leaves
 * empty (WordPress wraps it as `<p><!--more--></p>`). Returns whether a tag was found and its
 * custom link text, if any.
 */
export function cutAtMoreTag(document: Document): { found: boolean; linkText?: string } {
  const marker = descendants(document).find(
    (node) => isComment(node) && MORE_COMMENT.test(node.data.trim()),
  );
  if (!marker || !isComment(marker)) return { found: false };

  const linkText = MORE_COMMENT.exec(marker.data.trim())?.[1]?.trim() || undefined;
  for (
    let node: ChildNode | ParentNode | null = marker;
    node && node !== document;
    node = node.parent
  ) {
    while (node.next) removeNode(node.next);
  }

  let parent = marker.parent;
  removeNode(marker);
  while (parent && parent !== document && isTag(parent) && isBlank(parent)) {
    const next = parent.parent;
    removeNode(parent);
    parent = next;
  }
  return { found: true, linkText };
}

/** Appends `<p class="more-link-wrap"><a class="more-link" href=…>` reading "Continue reading …". */
export function appendContinueReading(
  document: Document,
  permalink: string,
  title?: string,
  linkText?: string,
): void {
  const text = linkText ?? (title ? `Continue reading “${title}”` : 'Continue reading');
  const link = createElement('a', { class: 'more-link', href: permalink }, [text]);
  appendChild(document, createElement('p', { class: 'more-link-wrap' }, [link]));
}
