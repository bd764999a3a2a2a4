/** A catch-all URL split into the WordPress URI and the archive cursor, if any. */
export interface ContentRoute {
  uri: string;
  after?: string;
  /** The archive's own path, for paging links. */
  basePath: string;
}

const PAGING_SEGMENT = 'after';

/**
 * Reads the catch-all segments: `/category/news/after/<cursor>/` is the archive
 * `/category/news/` after that cursor. Segments arrive percent-encoded or not, depending on
 * the caller; each is decoded once, and a malformed escape keeps its raw text.
 */
export function parseContentRoute(segments: string[] | undefined): ContentRoute {
  const parts = (segments ?? []).map(decodeSegment);
  let after: string | undefined;
  if (parts.length >= 2 && parts[parts.length - 2] === PAGING_SEGMENT) {
    after = parts[parts.length - 1];
    parts.splice(-2, 2);
  }
  const uri = parts.length > 0 ? `/${parts.join('/')}/` : '/';
  return { uri, after, basePath: uri };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether two URIs name the same page, ignoring percent-encoding and letter case of escapes. */
export function isSameUri(a: string, b: string): boolean {
  return decodeSegment(a) === decodeSegment(b);
}
