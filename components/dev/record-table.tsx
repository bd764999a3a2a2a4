import type { ReactNode } from 'react';

/** A time as the dev pages show it: UTC, to the second. */
export function formatTime(date: Date): ReactNode {
  return (
    <time dateTime={date.toISOString()}>{date.toISOString().replace('T', ' ').slice(0, 19)}</time>
  );
}

export interface Column<Row> {
  label: string;
  cell: (row: Row) => ReactNode;
}

/**
 * One table of a dev page (/dev/crm, /dev/ats): a heading with the count (or "latest
 * `limit`" when the list was cut there), then the rows, newest first.
 */
export function RecordTable<Row extends { id: string | number }>({
  id,
  title,
  rows,
  columns,
  limit,
}: {
  id: string;
  title: string;
  rows: Row[];
  columns: Column<Row>[];
  limit: number;
}) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-semibold">
        {title}{' '}
        <span className="text-base font-normal">
          ({rows.length === limit ? `latest ${limit}` : rows.length})
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
