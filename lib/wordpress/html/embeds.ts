/**
 * oEmbed URLs as link cards. WordPress turns a URL standing alone on its line into the
 * provider's player; here it becomes a plain link naming the provider, so a page never loads
 * a third party before the visitor chooses to go there. The card of a provider in the consent
 * registry (lib/privacy/services.ts) is wrapped in a placeholder that names the player's
 * address; the consent gate in the browser turns it into the player once external media are
 * allowed.
 * @module
 */
import type { ChildNode, Document, Element, Text } from 'domhandler';
import { isDocument, isTag, isText } from 'domhandler';

import { findEmbed } from '@/lib/privacy/services';

import { createElement, descendants, hasAncestor, replaceNode, replaceWithNodes } from './dom';
import { parseHttpUrl } from './safe-url';

const PROVIDERS: readonly [RegExp, string][] = [
  [/(?:^|\.)(?:youtube\.com|youtu\.be|youtube-nocookie\.com)$/, 'YouTube'],
  [/(?:^|\.)vimeo\.com$/, 'Vimeo'],
  [/(?:^|\.)(?:twitter\.com|x\.com)$/, 'Twitter/X'],
  [/(?:^|\.)soundcloud\.com$/, 'SoundCloud'],
  [/(?:^|\.)spotify\.com$/, 'Spotify'],
  [/(?:^|\.)(?:flickr\.com|flic\.kr)$/, 'Flickr'],
  [/(?:^|\.)wordpress\.tv$/, 'WordPress.tv'],
];

const LONE_URL = /^\s*(https?:\/\/[^\s<>"]+)\s*$/i;
const EMBED_SHORTCODE = /\[embed(?:\s[^\]]*)?\]\s*(https?:\/\/[^\s<>"[\]]+)\s*\[\/embed\]/gi;
const HAS_EMBED_SHORTCODE = /\[embed(?:\s[^\]]*)?\]\s*https?:\/\//i;
const LINE_PARENTS = new Set(['p', 'div']);
const NOT_IN = new Set(['a', 'pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);

/** The provider's name for a URL's host (`YouTube`), or the host itself for others. */
export function embedProviderName(url: URL): string {
  const host = url.hostname.toLowerCase();
  return PROVIDERS.find(([pattern]) => pattern.test(host))?.[1] ?? host.replace(/^www\./, '');
}

/** `<a class="wp-embed-card" href=… rel="noopener noreferrer">` naming the provider and URL. */
export function createEmbedCard(url: URL): Element {
  return createElement(
    'a',
    { class: 'wp-embed-card', href: url.href, rel: 'noopener noreferrer' },
    [
      createElement('span', { class: 'wp-embed-card__provider' }, [embedProviderName(url)]),
      ' ',
      createElement('span', { class: 'wp-embed-card__url' }, [url.href]),
    ],
  );
}

/** The element marking a consent-gated player; the consent gate reads these attributes. */
export const CONSENT_EMBED_CLASS = 'wp-embed-consent';

/**
 * The card for `url`, inside a consent placeholder when a registered provider embeds it:
 * `<span class="wp-embed-consent" data-consent-service=… data-consent-src=…>card</span>`.
 */
export function createEmbed(url: URL, source: 'link' | 'iframe', title?: string): Element {
  const card = createEmbedCard(url);
  const embed = findEmbed(url, source);
  if (!embed) return card;
  const attributes: Record<string, string> = {
    class: CONSENT_EMBED_CLASS,
    'data-consent-service': embed.service.id,
    'data-consent-src': embed.src,
  };
  if (title?.trim()) attributes['data-consent-title'] = title.trim();
  return createElement('span', attributes, [card]);
}

/**
 * Replaces, in place, embed blocks, `[embed]URL[/embed]`, URLs alone on a line and iframes
 * from hosts outside `iframeHosts` with link cards.
 */
export function replaceEmbeds(document: Document, iframeHosts: readonly string[] = []): void {
  const allowedHosts = new Set(iframeHosts.map((host) => host.toLowerCase()));
  for (const node of descendants(document)) {
    if (isTag(node) && node.name === 'iframe') replaceIframe(node, allowedHosts);
    else if (isText(node) && !hasAncestor(node, NOT_IN)) replaceEmbedText(node);
  }
}

function replaceIframe(iframe: Element, allowedHosts: ReadonlySet<string>): void {
  const url = parseHttpUrl(iframe.attribs.src ?? '');
  if (url && !allowedHosts.has(url.hostname))
    replaceNode(iframe, createEmbed(url, 'iframe', iframe.attribs.title));
}

function replaceEmbedText(node: Text): void {
  if (HAS_EMBED_SHORTCODE.test(node.data)) {
    replaceWithNodes(node, splitEmbedShortcodes(node.data));
  } else if (/https?:\/\//i.test(node.data) && canHoldLines(node)) {
    const parts = cardsForLoneUrls(node);
    if (parts.some((part) => typeof part !== 'string')) replaceWithNodes(node, parts);
  }
}

function splitEmbedShortcodes(text: string): (string | Element)[] {
  const parts: (string | Element)[] = [];
  let last = 0;
  for (const match of text.matchAll(EMBED_SHORTCODE)) {
    const url = parseHttpUrl(match[1] ?? '');
    parts.push(text.slice(last, match.index), url ? createEmbed(url, 'link') : match[0]);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** Splits a text node into lines; a line holding only a URL, between line breaks, is a card. */
function cardsForLoneUrls(node: Text): (string | Element)[] {
  const lines = node.data.split(/(?<=\n)/);
  return lines.flatMap((line, index) => {
    const match = LONE_URL.exec(line);
    const url = match?.[1] ? parseHttpUrl(match[1]) : null;
    const isFirst = index === 0;
    const isLast = index === lines.length - 1;
    const isAlone =
      (!isFirst || isLineBoundary(node, 'prev')) && (!isLast || isLineBoundary(node, 'next'));
    if (!url || !match?.[1] || !isAlone) return [line];
    const [leading = '', trailing = ''] = line.split(match[1]);
    return [leading, createEmbed(url, 'link'), trailing];
  });
}

function canHoldLines(node: Text): boolean {
  const parent = node.parent;
  return !parent || isDocument(parent) || (isTag(parent) && LINE_PARENTS.has(parent.name));
}

function isLineBoundary(node: ChildNode, direction: 'prev' | 'next'): boolean {
  let sibling = node[direction];
  while (sibling && isText(sibling) && sibling.data.trim() === '') sibling = sibling[direction];
  return !sibling || (isTag(sibling) && sibling.name === 'br');
}
