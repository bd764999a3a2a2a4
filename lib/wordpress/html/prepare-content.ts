/**
 * WordPress's rendered `content` turned into the HTML a page sets with
 * dangerouslySetInnerHTML: comments and leftover shortcodes gone, embeds as link cards, links
 * and media on the site's own origin, and everything through the allowlist sanitiser last.
 * @module
 */
import type { Document } from 'domhandler';
import { isComment, isTag } from 'domhandler';

import { descendants, isBlank, limitNesting, parseHtml, removeNode, serializeHtml } from './dom';
import { replaceEmbeds } from './embeds';
import { markFormShortcodes } from './form-blocks';
import { fillCaptionedImageAlt } from './image-alt';
import { createContentMediaResolver } from './media-resolution';
import type { MediaResolver } from './media-resolution';
import { appendContinueReading, cutAtMoreTag } from './more-tag';
import { rewriteLinks } from './rewrite-links';
import { rewriteMedia } from './rewrite-media';
import { sanitizeWordPressHtml } from './sanitize';
import { stripShortcodes } from './shortcodes';

export type { MediaResolver } from './media-resolution';

// Deeper than any real post; the sanitiser flattens past 120 as well.
const MAX_DEPTH = 100;

/** How {@link prepareContentHtml} treats one piece of content. */
export interface PrepareOptions {
  /**
   * Origins of the WordPress site, e.g. ['https://cms.example.com']; links to them become
   * site-relative paths (keeping path, query, hash), except links to media files. Matched by
   * host, so http and https links to the same host both count.
   */
  wordpressOrigins: string[];
  /**
   * 'full' for a post or page; 'archive' cuts at the more tag (`<!--more-->`, possibly wrapped
   * as `<p><!--more--></p>`) and, when `permalink` is given, appends a "Continue reading
   * “title”" link to it (with or without a more tag, so excerpts get one too).
   */
  mode: 'full' | 'archive';
  /** Site path or URL of the whole post, for the archive link. */
  permalink?: string;
  /** Plain-text title (already decoded), shown in the archive link. */
  title?: string;
  /**
   * Maps a media URL (img src, srcset entries, source src, links to media files) to the URL
   * the visitor's browser should use on the site's own origin, or null when the media cannot
   * be served: an <img> then becomes a `<span role="img" class="wp-media-missing">` showing its
   * alt text, and a link to missing media is unwrapped keeping its content.
   */
  resolveMedia: MediaResolver;
  /** Hostnames whose iframes are kept; others become link cards. Default none. */
  iframeHosts?: string[];
}

/**
 * Prepares WordPress HTML for the page, once, on the server.
 *
 * @example
 * const options = { wordpressOrigins: [], mode: 'full', resolveMedia: async () => null };
 * await prepareContentHtml('<p>https://youtu.be/x</p>', options);
 * // '<p><a class="wp-embed-card" href="https://youtu.be/x" …>…YouTube…</a></p>'
 */
export async function prepareContentHtml(html: string, options: PrepareOptions): Promise<string> {
  const iframeHosts = options.iframeHosts ?? [];
  const document = parseHtml(html);
  limitNesting(document, MAX_DEPTH);

  const more = options.mode === 'archive' ? cutAtMoreTag(document) : { found: false };
  removeComments(document);
  replaceEmbeds(document, iframeHosts);
  markFormShortcodes(document);
  stripShortcodes(document);

  fillCaptionedImageAlt(document);
  const resolve = createContentMediaResolver(options.resolveMedia);
  await rewriteMedia(document, resolve);
  await rewriteLinks(document, options.wordpressOrigins, resolve);

  if (options.mode === 'archive' && options.permalink) {
    const linkText = 'linkText' in more ? more.linkText : undefined;
    appendContinueReading(document, options.permalink, options.title, linkText);
  }
  return sanitizeWordPressHtml(serializeHtml(document), { iframeHosts });
}

/** Removes every comment, and a paragraph that held only a comment (`<p><!--nextpage--></p>`). */
function removeComments(document: Document): void {
  for (const node of descendants(document)) {
    if (!isComment(node)) continue;
    const parent = node.parent;
    removeNode(node);
    if (parent && isTag(parent) && parent.name === 'p' && isBlank(parent)) removeNode(parent);
  }
}
