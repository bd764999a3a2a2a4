import { sealStartedAt } from '@/lib/forms/fill-time';
import { splitAtFormBlocks } from '@/lib/wordpress/html/form-blocks';
import { getSecret } from '@/lib/secret';

import { ContentHtml } from '../content-html';
import { ContactForm } from './contact/contact-form';
import { NewsletterForm } from './newsletter/newsletter-form';

/**
 * A post's or page's content with the site's forms rendered where the editor placed them
 * (see lib/wordpress/html/form-blocks), each with the fill-time seal of this rendering. Any
 * content may hold a form, so every content route's client chunk carries the two forms
 * (2.8 KB gzipped); next/dynamic here did not split them out (Next 16.5, Turbopack).
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
