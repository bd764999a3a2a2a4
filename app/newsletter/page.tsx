import type { Metadata } from 'next';
import { connection } from 'next/server';

import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { NewsletterForm } from '@/components/forms/newsletter/newsletter-form';
import { sealStartedAt } from '@/lib/forms/fill-time';
import { getSecret } from '@/lib/secret';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/newsletter/', 'Newsletter');
}

export default async function NewsletterPage() {
  // Rendered per request: the form's fill-time seal is the moment the visitor got it.
  await connection();
  return (
    <FormPage uri="/newsletter/" title="Newsletter">
      <NewsletterForm startedAt={await sealStartedAt(getSecret())} />
    </FormPage>
  );
}
