/**
 * WordPress's esc_url for display, for the URLs content carries.
 * @module
 */

/**
 * Port of esc_url's display path: strips characters WordPress does not allow, encodes
 * `&` as `&#038;` and single quotes as `&#039;`, and drops URLs with unsafe protocols.
 */
export function escUrl(url: string): string {
  if (url === '') return url;
  let out = url.replace(/ /g, '%20').replace(/[^a-z0-9-~+_.?#=!&;,/:%@$|*'()[\]\x80-\uffff]/gi, '');
  if (out === '') return out;
  if (/^(?:javascript|vbscript|data):/i.test(out)) return '';
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(out);
  if (!hasScheme && !/^[/#?]/.test(out) && !/^[a-z0-9-]+?\.php/i.test(out)) out = `http://${out}`;
  out = out.replace(/&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, '&#038;');
  out = out.replace(/&amp;/g, '&#038;');
  return out.replace(/'/g, '&#039;');
}
