import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';

import { listLocalApplications, type LocalApplication } from '@/lib/ats/local/records';
import { getConfig } from '@/lib/config';
import { mayShowDevPage } from '@/lib/http/dev-pages';

// The local ATS changes with every delivered application: read it on each request.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Local ATS',
  robots: { index: false, follow: false },
};

const LIMIT = 200;

const COLUMNS: { label: string; cell: (application: LocalApplication) => ReactNode }[] = [
  {
    label: 'Received',
    cell: (application) => (
      <time dateTime={application.createdAt.toISOString()}>
        {application.createdAt.toISOString().replace('T', ' ').slice(0, 19)}
      </time>
    ),
  },
  { label: 'Name', cell: (application) => `${application.firstName} ${application.lastName}` },
  { label: 'Email', cell: (application) => application.email },
  { label: 'Phone', cell: (application) => application.phone ?? '' },
  {
    label: 'Job',
    cell: (application) =>
      `${application.jobId} ${application.jobTitle ?? '(no longer in the ATS)'}`,
  },
  {
    label: 'Resume',
    cell: (application) => (
      <a href={`/dev/ats/resume/${application.id}`} className="underline" download>
        {application.resume.fileName}
      </a>
    ),
  },
  { label: 'Size (bytes)', cell: (application) => application.resume.size.toLocaleString('en') },
  {
    label: 'SHA-256',
    cell: (application) => <code className="break-all">{application.resume.sha256}</code>,
  },
  { label: 'Candidate', cell: (application) => <code>{application.candidateId}</code> },
  { label: 'Motivation', cell: (application) => application.motivation ?? '' },
];

/** The embedded ATS's applications: what Bullhorn would hold, for development and demos. */
export default async function LocalAtsPage() {
  if (!(await mayShowDevPage(getConfig().ats.kind === 'local'))) notFound();
  const applications = listLocalApplications({ limit: LIMIT });

  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-10">
      <h1 className="text-3xl font-bold">Local ATS</h1>
      <p className="mt-2">
        Applications that the site delivered while no Bullhorn is configured, newest first, with
        their resumes. Development only.
      </p>
      <section aria-labelledby="applications" className="mt-10">
        <h2 id="applications" className="text-2xl font-semibold">
          Applications{' '}
          <span className="text-base font-normal">
            ({applications.length === LIMIT ? `latest ${LIMIT}` : applications.length})
          </span>
        </h2>
        {applications.length === 0 ? (
          <p className="mt-4">None yet.</p>
        ) : (
          <div className="mt-4 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Applications, newest first</caption>
              <thead>
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column.label} scope="col" className="py-2 pr-4 whitespace-nowrap">
                      {column.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {applications.map((application) => (
                  <tr key={application.id} className="border-t border-current/20 align-top">
                    {COLUMNS.map((column) => (
                      <td key={column.label} className="py-2 pr-4 break-words whitespace-pre-wrap">
                        {column.cell(application)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
