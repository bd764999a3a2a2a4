/**
 * The allowlist sanitiser every piece of WordPress HTML passes before it reaches
 * dangerouslySetInnerHTML. Runs once, on the server.
 * @module
 */
import sanitizeHtml from 'sanitize-html';
import type { IFrame, IOptions } from 'sanitize-html';

import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_CLASSES,
  ALLOWED_STYLES,
  ALLOWED_TAGS,
  DROPPED_WITH_CONTENT,
} from './sanitize-policy';
import {
  createIframeTransform,
  transformAny,
  transformLink,
  transformMedia,
} from './sanitize-transforms';

/** Options of {@link sanitizeWordPressHtml}. */
export interface SanitizeOptions {
  /** Hostnames whose iframes are kept (e.g. `www.youtube-nocookie.com`); default none. */
  iframeHosts?: readonly string[];
}

const MEDIA_TAGS = ['img', 'source', 'video', 'audio', 'track'];
const HTTP_ONLY = ['http', 'https'];

/**
 * Returns `html` reduced to the elements, attributes, classes and styles WordPress content
 * uses: no scripts, event handlers, forms, embedded documents, or `javascript:`/`data:` URLs;
 * `target="_blank"` links get `rel="noopener noreferrer"`; iframes survive only from
 * `iframeHosts`, others become a link to their address.
 *
 * @example sanitizeWordPressHtml('<p onclick="x()">Hi</p>') // '<p>Hi</p>'
 */
export function sanitizeWordPressHtml(html: string, options: SanitizeOptions = {}): string {
  return sanitizeHtml(html, buildOptions(options.iframeHosts ?? []));
}

const cache = new Map<string, IOptions>();

function buildOptions(iframeHosts: readonly string[]): IOptions {
  const key = iframeHosts.join(' ');
  const cached = cache.get(key);
  if (cached) return cached;

  const options: IOptions = {
    allowedTags: iframeHosts.length > 0 ? [...ALLOWED_TAGS, 'iframe'] : [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedClasses: { '*': [...ALLOWED_CLASSES] },
    allowedStyles: ALLOWED_STYLES,
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    // sanitize-html looks srcset schemes up under the attribute's name, not the element's.
    allowedSchemesByTag: {
      ...Object.fromEntries(
        [...MEDIA_TAGS, 'iframe', 'blockquote', 'q', 'ins', 'del'].map((tag) => [tag, HTTP_ONLY]),
      ),
      srcset: HTTP_ONLY,
    },
    allowedIframeHostnames: [...iframeHosts],
    allowIframeRelativeUrls: false,
    nonTextTags: [...DROPPED_WITH_CONTENT],
    disallowedTagsMode: 'discard',
    nestingLimit: 120,
    selfClosing: ['img', 'br', 'hr', 'wbr', 'source', 'track', 'col'],
    transformTags: {
      a: transformLink,
      iframe: createIframeTransform(iframeHosts),
      main: 'div',
      ...Object.fromEntries(MEDIA_TAGS.map((tag) => [tag, transformMedia])),
      '*': transformAny,
    },
    exclusiveFilter: dropEmptyElements,
  };
  if (cache.size > 20) cache.clear();
  cache.set(key, options);
  return options;
}

function dropEmptyElements(frame: IFrame): boolean | 'excludeTag' {
  const { tag, attribs } = frame;
  if ((tag === 'img' || tag === 'source') && !attribs.src && !attribs.srcset) return true;
  if (tag === 'track' && !attribs.src) return true;
  if (tag === 'a' && !attribs.href && !attribs.id) return 'excludeTag';
  return false;
}
