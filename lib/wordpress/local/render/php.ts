/**
 * Small PHP and WordPress string helpers that the ports share.
 * @module
 */

/** WordPress's wp_spaces_regexp(): the characters and entity it treats as spaces. */
export const SPACES = '[\\r\\n\\t ]|\\u00a0|&nbsp;';

/** PHP's `\s` without the /u flag: ASCII whitespace only (a no-break space is not one). */
export const PHP_SPACE = '[\\t\\n\\v\\f\\r ]';

/** PHP's trim() with its default character list. */
export function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}

/** WordPress's esc_attr for text that holds no entities worth keeping: escapes &, <, >, ", '. */
export function escAttr(text: string): string {
  return text
    .replace(/&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
}

/** WordPress's sanitize_html_class without a fallback: drops anything but A-Z a-z 0-9 _ -. */
export function sanitizeHtmlClass(text: string): string {
  return text.replace(/%[a-fA-F0-9][a-fA-F0-9]/g, '').replace(/[^A-Za-z0-9_-]/g, '');
}
