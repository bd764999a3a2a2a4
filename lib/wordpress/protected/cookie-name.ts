/** The cookie that remembers a post's password, as WordPress's wp-postpass cookie does. */
export const UNLOCK_COOKIE = 'portico-postpass';
