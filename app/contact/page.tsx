import type { Metadata } from 'next';
import { connection } from 'next/server';

import { ContactForm } from '@/components/forms/contact/contact-form';
import { buildFormPageMetadata, FormPage } from '@/components/forms/form-page';
import { sealStartedAt } from '@/lib/forms/fill-time';
import { getSecret } from '@/lib/secret';

export function generateMetadata(): Promise<Metadata> {
  return buildFormPageMetadata('/contact/', 'Contact');
}

export default async function ContactPage() {
  // Rendered per request: the form's fill-time seal is the moment the visitor got it.
  await connection();
  return (
    <FormPage uri="/contact/" title="Contact">
      <ContactForm startedAt={await sealStartedAt(getSecret())} />
    </FormPage>
  );
}
