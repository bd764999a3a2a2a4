/**
 * Alt text for captioned images. An image inside a figure whose figcaption describes it is
 * given `alt=""`, so a screen reader does not announce it twice (or read its file name).
 * Any other image keeps what WordPress gives: a missing alt there is the author's to fix.
 * @module
 */
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';
import { textContent } from 'domutils';

import { elementsNamed } from './dom';

/** Sets `alt=""` on alt-less images inside a figure that has a non-empty figcaption. */
export function fillCaptionedImageAlt(document: Document): void {
  for (const image of elementsNamed(document, 'img')) {
    if (image.attribs.alt !== undefined) continue;
    const figure = closestFigure(image);
    if (figure && hasCaption(figure)) image.attribs.alt = '';
  }
}

function closestFigure(element: Element): Element | null {
  for (let parent = element.parent; parent; parent = parent.parent) {
    if (isTag(parent) && parent.name === 'figure') return parent;
  }
  return null;
}

function hasCaption(figure: Element): boolean {
  return elementsNamed(figure, 'figcaption').some((caption) => textContent(caption).trim() !== '');
}
