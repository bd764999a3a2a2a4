import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { formatTime, RecordTable, type Column } from '@/components/dev/record-table';
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

const COLUMNS: Column<LocalApplication>[] = [
  {
    label: 'Received',
    cell: (application) => formatTime(application.createdAt),
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
      <RecordTable
        id="applications"
        title="Applications"
        rows={applications}
        columns={COLUMNS}
        limit={LIMIT}
      />
    </main>
  );
}
