import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { getConfig } from '@/lib/config';
import { mayShowDevPage } from '@/lib/http/dev-pages';
import { listLocalConsents, listLocalContacts, listLocalLeads } from '@/lib/crm/local/records';

// The local CRM changes with every delivered form: read it on each request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Local CRM',
  robots: { index: false, follow: false },
};

const LIMIT = 200;

function formatTime(date: Date): ReactNode {
  return (
    <time dateTime={date.toISOString()}>{date.toISOString().replace('T', ' ').slice(0, 19)}</time>
  );
}

function fullName(first: string | null, last: string): string {
  return first ? `${first} ${last}` : last;
}

interface Column<Row> {
  label: string;
  cell: (row: Row) => ReactNode;
}

function RecordTable<Row extends { id: string }>({
  id,
  title,
  rows,
  columns,
}: {
  id: string;
  title: string;
  rows: Row[];
  columns: Column<Row>[];
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-semibold">
        {title}{' '}
        <span className="text-base font-normal">
          ({rows.length === LIMIT ? `latest ${LIMIT}` : rows.length})
        </span>
      </h2>
      {rows.length === 0 ? (
        <p className="mt-4">None yet.</p>
      ) : (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{title}, newest first</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column.label} scope="col" className="py-2 pr-4 whitespace-nowrap">
                    {column.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-current/20 align-top">
                  {columns.map((column) => (
                    <td key={column.label} className="py-2 pr-4 break-words whitespace-pre-wrap">
                      {column.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
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
