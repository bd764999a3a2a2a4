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

/**
 * Whether a cursor has the shape WPGraphQL gives them, base64 of `arrayconnection:<id>`. Anything
 * else in an archive URL is not a page of it, and is refused before WordPress is asked.
 */
export function isConnectionCursor(cursor: string): boolean {
  if (!/^[A-Za-z0-9+/]{1,64}={0,2}$/.test(cursor)) return false;
  return /^arrayconnection:\d{1,20}$/.test(Buffer.from(cursor, 'base64').toString('latin1'));
}
