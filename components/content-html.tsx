/**
 * WordPress HTML that lib/wordpress/html has already sanitised; this is the only place that
 * puts it into the page.
 */
export function ContentHtml({ html, className }: { html: string; className?: string }) {
  return (
    <div
      className={['wp-content', className].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
