/**
 * Media elements pointed at URLs the visitor's browser may load: every src, srcset entry and
 * poster goes through the resolver; media that cannot be served becomes a visible placeholder.
 * @module
 */
import type { Document, Element } from 'domhandler';
import { isTag } from 'domhandler';

import { createElement, elementsNamed, removeNode, replaceNode } from './dom';
import type { MediaResolver } from './media-resolution';
import { cleanUrl } from './safe-url';
import { parseSrcset, stringifySrcset } from './srcset';

const PLAYERS: Record<string, string> = { video: 'Video unavailable', audio: 'Audio unavailable' };

/** `<span role="img" aria-label=…>` standing in for an image that cannot be served. */
export function createMissingImage(alt: string | undefined): Element {
  const label = alt?.trim() || 'Image unavailable';
  return createElement('span', { role: 'img', 'aria-label': label, class: 'wp-media-missing' }, [
    label,
  ]);
}

/** Resolves every media URL in the document and applies the answers, in place. */
export async function rewriteMedia(document: Document, resolve: MediaResolver): Promise<void> {
  const elements = elementsNamed(document, 'img', 'source', 'video', 'audio', 'track');
  await Promise.all(elements.map((element) => resolveSources(element, resolve)));

  for (const image of elementsNamed(document, 'img')) {
    if (image.attribs.src) continue;
    const picture =
      image.parent && isTag(image.parent) && image.parent.name === 'picture' ? image.parent : null;
    replaceNode(picture ?? image, createMissingImage(image.attribs.alt));
  }
  for (const source of elementsNamed(document, 'source', 'track')) {
    if (!source.attribs.src && !source.attribs.srcset) removeNode(source);
  }
  for (const player of elementsNamed(document, 'video', 'audio')) {
    const hasSource = Boolean(player.attribs.src) || elementsNamed(player, 'source').length > 0;
    const text = PLAYERS[player.name] ?? 'Media unavailable';
    if (!hasSource)
      replaceNode(player, createElement('span', { class: 'wp-media-missing' }, [text]));
  }
}

/** Replaces src, poster and srcset with resolved URLs; unresolvable ones are removed. */
async function resolveSources(element: Element, resolve: MediaResolver): Promise<void> {
  const { attribs } = element;
  const tasks = (['src', 'poster'] as const).map(async (key) => {
    const value = attribs[key];
    if (value === undefined) return;
    const resolved = value.trim() ? await resolve(cleanUrl(value)) : null;
    if (resolved) attribs[key] = resolved;
    else delete attribs[key];
  });

  if (attribs.srcset !== undefined) {
    const candidates = parseSrcset(attribs.srcset);
    tasks.push(
      Promise.all(
        candidates.map(async (candidate) => ({ ...candidate, url: await resolve(candidate.url) })),
      ).then((resolved) => {
        const kept = resolved.filter(
          (candidate): candidate is { url: string; descriptor: string } => Boolean(candidate.url),
        );
        if (kept.length > 0) attribs.srcset = stringifySrcset(kept);
        else {
          delete attribs.srcset;
          delete attribs.sizes;
        }
      }),
    );
  }
  await Promise.all(tasks);
}
