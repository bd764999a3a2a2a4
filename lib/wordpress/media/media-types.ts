/**
 * The content types the media proxy passes through. SVG is refused even though it is an
 * image: it can carry script, and WordPress does not accept SVG uploads by default.
 * @module
 */

/** The bare media type of a Content-Type header, lower-cased (`image/png`). */
export function mediaTypeOf(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Whether the proxy may serve a response of this Content-Type. */
export function isServableMediaType(contentType: string | null): boolean {
  const type = mediaTypeOf(contentType);
  if (type === 'image/svg+xml') return false;
  return /^(?:image|audio|video)\/[\w.+-]+$/.test(type) || type === 'application/pdf';
}
