import { prepareContentHtml } from '@/lib/wordpress/html/prepare-content';

/**
 * The ATS's job description made safe for the page by WordPress content's own pipeline and
 * allowlist sanitiser. The ATS is not WordPress: no link is rewritten, and no media is
 * served, so an image becomes its alt text rather than a request to another host.
 */
export function prepareJobDescription(html: string): Promise<string> {
  return prepareContentHtml(html, {
    wordpressOrigins: [],
    mode: 'full',
    resolveMedia: async () => null,
  });
}
