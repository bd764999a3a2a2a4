/**
 * What WordPress content may keep: the elements, attributes, classes and inline styles that
 * posts written in the classic and block editors actually use, and nothing that runs code,
 * loads a third party or borrows the site's own interface.
 * @module
 */
import type { IOptions } from 'sanitize-html';

/** Elements kept as they are (their attributes are still filtered). */
export const ALLOWED_TAGS: readonly string[] = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'address'],
  ...['section', 'article', 'aside', 'header', 'footer', 'nav'],
  ...['ul', 'ol', 'li', 'dl', 'dt', 'dd'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
  ...['blockquote', 'cite', 'q', 'pre', 'code', 'kbd', 'samp', 'var'],
  ...['abbr', 'acronym', 'dfn', 'time', 'figure', 'figcaption', 'details', 'summary'],
  ...['a', 'em', 'strong', 'b', 'i', 'u', 's', 'strike', 'small', 'big', 'tt', 'mark'],
  ...['ins', 'del', 'sub', 'sup', 'bdi', 'bdo', 'wbr', 'ruby', 'rt', 'rp'],
  ...['img', 'picture', 'source', 'audio', 'video', 'track'],
];

/**
 * Elements dropped together with everything inside them: code, styles, forms and their
 * labels, embedded documents, SVG and MathML (whose text would only be noise out of context).
 */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  ...['script', 'style', 'template', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext'],
  ...['title', 'head', 'textarea', 'option', 'select', 'datalist', 'button', 'form'],
  ...['object', 'applet', 'frameset', 'frame', 'canvas', 'svg', 'math', 'dialog'],
  'portico-removed',
];

const GLOBAL_ATTRIBUTES = ['class', 'id', 'title', 'lang', 'dir', 'style', 'role'];
const ARIA_ATTRIBUTES = ['aria-label', 'aria-hidden', 'aria-describedby', 'aria-labelledby'];
const MEDIA_ATTRIBUTES = ['src', 'preload', 'controls', 'loop', 'muted'];

/** Attributes per element; `*` applies everywhere. */
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  '*': [...GLOBAL_ATTRIBUTES, ...ARIA_ATTRIBUTES],
  a: ['href', 'rel', 'target', 'hreflang'],
  // The consent placeholder of an embed (./embeds.ts); the gate checks the address again.
  span: ['data-consent-service', 'data-consent-src', 'data-consent-title'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height', 'loading', 'decoding'],
  source: ['src', 'srcset', 'sizes', 'type', 'media', 'width', 'height'],
  audio: MEDIA_ATTRIBUTES,
  video: [...MEDIA_ATTRIBUTES, 'poster', 'width', 'height', 'playsinline'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  iframe: ['src', 'width', 'height', 'allowfullscreen', 'loading', 'referrerpolicy'],
  th: ['scope', 'colspan', 'rowspan', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  col: ['span'],
  colgroup: ['span'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite', 'datetime'],
  del: ['cite', 'datetime'],
  time: ['datetime'],
  details: ['open'],
  bdo: ['dir'],
};

/** ARIA roles content may set; others would let a post pose as site chrome. */
export const ALLOWED_ROLES: ReadonlySet<string> = new Set([
  ...['img', 'presentation', 'none', 'note', 'group', 'list', 'listitem', 'figure'],
  ...['doc-footnote', 'doc-endnotes', 'doc-noteref', 'doc-backlink'],
]);

/** `rel` tokens kept on links. */
export const ALLOWED_REL: ReadonlySet<string> = new Set([
  ...['nofollow', 'noopener', 'noreferrer', 'ugc', 'sponsored', 'external', 'license', 'tag'],
]);

/**
 * WordPress's own class names (block classes, alignment, captions, galleries, code
 * languages). Anything else is dropped: a free class could borrow the site's utility classes
 * and lay a post over the page.
 */
export const ALLOWED_CLASSES: readonly (string | RegExp)[] = [
  /^(?:wp|has|is|size|attachment|blocks-gallery|items-justified)-[a-z0-9_-]+$/,
  /^are-vertically-aligned-[a-z-]+$/,
  /^align(?:left|right|center|none|wide|full)$/,
  /^columns-(?:\d{1,2}|default)$/,
  /^gallery(?:-[a-z0-9_-]+)?$/,
  /^(?:language|lang)-[a-z0-9_+-]+$/,
  ...['screen-reader-text', 'more-link', 'more-link-wrap', 'fn', 'footnotes'],
];

// Every function must be one of these: url(), image(), expression() and friends never match.
const SAFE_FUNCTION = String.raw`(?<![-\w])(?:rgba?|hsla?|var|calc|clamp|min|max|linear-gradient|radial-gradient)\(`;
const SAFE_VALUE = new RegExp(String.raw`^(?:${SAFE_FUNCTION}|[-\w.,%#\s+*/)])+$`, 'i');
const GRADIENT = new RegExp(
  String.raw`^(?=(?:linear|radial)-gradient\()(?:${SAFE_FUNCTION}|[-\w.,%#\s+*/)])+$`,
  'i',
);

/** Inline declarations kept, each value checked; nothing can load a URL or move out of flow. */
export const ALLOWED_STYLES: NonNullable<IOptions['allowedStyles']> = {
  '*': {
    'text-align': [/^(?:left|right|center|justify|start|end)$/],
    'font-style': [/^(?:normal|italic|oblique)$/],
    'font-weight': [/^(?:normal|bold|bolder|lighter|[1-9]00)$/],
    'text-transform': [/^(?:none|uppercase|lowercase|capitalize)$/],
    'text-decoration': [/^(?:none|underline|line-through|overline)$/],
    color: [SAFE_VALUE],
    'background-color': [SAFE_VALUE],
    'background-image': [GRADIENT],
    'font-size': [SAFE_VALUE],
    'letter-spacing': [SAFE_VALUE],
    'line-height': [SAFE_VALUE],
    'flex-basis': [SAFE_VALUE],
    width: [SAFE_VALUE],
  },
};
