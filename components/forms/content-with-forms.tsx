import { sealStartedAt } from '@/lib/forms/fill-time';
import { splitAtFormBlocks } from '@/lib/wordpress/html/form-blocks';
import { getSecret } from '@/lib/secret';

import { ContentHtml } from '../content-html';
import { ContactForm } from './contact/contact-form';
import { NewsletterForm } from './newsletter/newsletter-form';

/**
 * A post's or page's content with the site's forms rendered where the editor placed them
 * (see lib/wordpress/html/form-blocks). The page may be served from the cache for a while, so
 * the forms' fill-time seal can be older than the visit: the minimum fill time then passes
 * sooner, never later.
 */
export async function ContentWithForms({ html }: { html: string }) {
  const parts = splitAtFormBlocks(html);
  if (parts.length === 1 && parts[0]?.kind === 'html') return <ContentHtml html={html} />;

  const startedAt = await sealStartedAt(getSecret());
  return (
    <div className="space-y-8">
      {parts.map((part, index) =>
        part.kind === 'html' ? (
          <ContentHtml key={index} html={part.html} />
        ) : part.form === 'contact-form' ? (
          <ContactForm key={index} startedAt={startedAt} formId={`contact-${index}`} />
        ) : (
          <NewsletterForm key={index} startedAt={startedAt} formId={`newsletter-${index}`} />
        ),
      )}
    </div>
  );
}
