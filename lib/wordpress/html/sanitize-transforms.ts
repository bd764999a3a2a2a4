/**
 * Per-element rewrites the sanitiser applies before its allowlist: link safety, media URL
 * checks, iframes outside the allowlist turned into links, and scoped ids.
 * @module
 */
import type { Attributes, Tag } from 'sanitize-html';

import { scopeFragmentHref, scopeId, scopeIdList } from './element-ids';
import { ALLOWED_REL, ALLOWED_ROLES } from './sanitize-policy';
import { LINK_SCHEMES, MEDIA_SCHEMES, cleanUrl, hasAllowedScheme, parseHttpUrl } from './safe-url';
import { parseSrcset, stringifySrcset } from './srcset';

/** Name given to elements that must go with their content (listed in DROPPED_WITH_CONTENT). */
export const REMOVED_TAG = 'portico-removed';

/** Links: safe href, `target` only as `_blank` and then always with noopener noreferrer. */
export function transformLink(tagName: string, attribs: Attributes): Tag {
  const { name, href, rel, target, ...rest } = attribs;
  const out: Attributes = { ...rest };
  if (name && !out.id) out.id = name;
  if (href !== undefined && hasAllowedScheme(href, LINK_SCHEMES)) {
    out.href = scopeFragmentHref(cleanUrl(href));
  }

  const relTokens = new Set(
    (rel ?? '')
      .toLowerCase()
      .split(/\s+/)
      .filter((token) => ALLOWED_REL.has(token)),
  );
  if (target?.trim().toLowerCase() === '_blank') {
    out.target = '_blank';
    relTokens.add('noopener').add('noreferrer');
  }
  if (relTokens.size > 0) out.rel = [...relTokens].join(' ');
  return { tagName, attribs: out };
}

/** img, source, video, audio, track: sources only over http(s) or relative. */
export function transformMedia(tagName: string, attribs: Attributes): Tag {
  const out: Attributes = { ...attribs };
  for (const key of ['src', 'poster'] as const) {
    const value = out[key];
    if (value === undefined) continue;
    if (hasAllowedScheme(value, MEDIA_SCHEMES)) out[key] = cleanUrl(value);
    else delete out[key];
  }
  if (out.srcset !== undefined) {
    const kept = parseSrcset(out.srcset).filter(({ url }) => hasAllowedScheme(url, MEDIA_SCHEMES));
    if (kept.length > 0) out.srcset = stringifySrcset(kept);
    else delete out.srcset;
  }
  return { tagName, attribs: out };
}

/**
 * Iframes: kept only from `hosts`; any other http(s) one becomes a plain link to its address,
 * and the rest is removed.
 */
export function createIframeTransform(hosts: readonly string[]) {
  const allowed = new Set(hosts.map((host) => host.toLowerCase()));
  return (_tagName: string, attribs: Attributes): Tag => {
    const url = attribs.src ? parseHttpUrl(attribs.src) : null;
    if (url && allowed.has(url.hostname)) {
      const { width, height, title, allowfullscreen } = attribs;
      const kept: Attributes = { src: url.href, loading: 'lazy', referrerpolicy: 'no-referrer' };
      Object.assign(kept, defined({ width, height, title, allowfullscreen }));
      return { tagName: 'iframe', attribs: kept };
    }
    if (url) {
      const link = { href: url.href, class: 'wp-embed-card', rel: 'noopener noreferrer' };
      return { tagName: 'a', attribs: link, text: url.href };
    }
    return { tagName: REMOVED_TAG, attribs: {} };
  };
}

/** Every element: ids and id references scoped, roles limited. */
export function transformAny(tagName: string, attribs: Attributes): Tag {
  const out: Attributes = { ...attribs };
  if (out.id !== undefined) setOrDelete(out, 'id', scopeId(out.id));
  for (const key of ['aria-describedby', 'aria-labelledby', 'headers']) {
    const value = out[key];
    if (value !== undefined) setOrDelete(out, key, scopeIdList(value));
  }
  if (out.role !== undefined && !ALLOWED_ROLES.has(out.role.trim().toLowerCase())) delete out.role;
  return { tagName, attribs: out };
}

function setOrDelete(attribs: Attributes, key: string, value: string | null): void {
  if (value === null) delete attribs[key];
  else attribs[key] = value;
}

function defined(values: Record<string, string | undefined>): Attributes {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}
