/**
 * Posts per archive page. WordPress's own "Blog pages show at most" setting arrives in the same
 * answer as the posts, so honouring it would cost a second round trip per archive page.
 */
export const POSTS_PER_PAGE = 10;
