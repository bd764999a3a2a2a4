import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getConfig } from '@/lib/config';
import { mayShowDevPage } from '@/lib/http/dev-pages';
import { formatTime, RecordTable } from '@/components/dev/record-table';
import { listLocalConsents, listLocalContacts, listLocalLeads } from '@/lib/crm/local/records';

// The local CRM changes with every delivered form: read it on each request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Local CRM',
  robots: { index: false, follow: false },
};

const LIMIT = 200;

function fullName(first: string | null, last: string): string {
  return first ? `${first} ${last}` : last;
}

/** The embedded CRM's records: what Salesforce would hold, for development and demos. */
export default async function LocalCrmPage() {
  if (!(await mayShowDevPage(getConfig().crm.kind === 'local'))) notFound();
  const leads = listLocalLeads({ limit: LIMIT });
  const contacts = listLocalContacts({ limit: LIMIT });
  const consents = listLocalConsents({ limit: LIMIT });
  const optOut = (isOptedOut: boolean) => (isOptedOut ? 'opted out' : 'may be emailed');

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <h1 className="text-3xl font-bold">Local CRM</h1>
      <p className="mt-2">
        Leads, Contacts and newsletter consents that the site delivered while no Salesforce is
        configured, newest first. Development only.
      </p>
      <RecordTable
        limit={LIMIT}
        id="leads"
        title="Leads"
        rows={leads}
        columns={[
          { label: 'Created', cell: (lead) => formatTime(lead.createdAt) },
          { label: 'Id', cell: (lead) => <code>{lead.id}</code> },
          { label: 'Name', cell: (lead) => fullName(lead.firstName, lead.lastName) },
          { label: 'Email', cell: (lead) => lead.email },
          { label: 'Company', cell: (lead) => lead.company },
          { label: 'Phone', cell: (lead) => lead.phone ?? '' },
          { label: 'Source', cell: (lead) => lead.leadSource ?? '' },
          { label: 'Email opt-out', cell: (lead) => optOut(lead.hasOptedOutOfEmail) },
          { label: 'Description', cell: (lead) => lead.description ?? '' },
        ]}
      />
      <RecordTable
        limit={LIMIT}
        id="contacts"
        title="Contacts"
        rows={contacts}
        columns={[
          { label: 'Created', cell: (contact) => formatTime(contact.createdAt) },
          { label: 'Id', cell: (contact) => <code>{contact.id}</code> },
          { label: 'Name', cell: (contact) => fullName(contact.firstName, contact.lastName) },
          { label: 'Email', cell: (contact) => contact.email ?? '' },
          { label: 'Email opt-out', cell: (contact) => optOut(contact.hasOptedOutOfEmail) },
        ]}
      />
      <RecordTable
        limit={LIMIT}
        id="consents"
        title="Newsletter consents"
        rows={consents}
        columns={[
          { label: 'Given', cell: (consent) => formatTime(consent.givenAt) },
          { label: 'Email', cell: (consent) => consent.email },
          { label: 'Person', cell: (consent) => `${consent.personType} ${consent.personId}` },
          { label: 'Version', cell: (consent) => consent.version },
          { label: 'Text shown', cell: (consent) => consent.text },
        ]}
      />
    </main>
  );
}
