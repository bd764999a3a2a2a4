import type { Processor } from '@/lib/privacy/register';

/** Processors with their role, location, agreement and transfers outside the EEA. */
export function ProcessorsTable({
  caption,
  processors,
}: {
  caption: string;
  processors: Processor[];
}) {
  if (processors.length === 0) return <p className="mt-6">No processor receives this data.</p>;
  return (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Processor
            </th>
            <th scope="col" className="py-2 pr-4">
              Role
            </th>
            <th scope="col" className="py-2 pr-4">
              Location
            </th>
            <th scope="col" className="py-2 pr-4">
              Processing agreement
            </th>
            <th scope="col" className="py-2">
              Transfers outside the EEA
            </th>
          </tr>
        </thead>
        <tbody>
          {processors.map((processor) => (
            <tr key={processor.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {processor.name}
              </th>
              <td className="py-2 pr-4">{processor.role}</td>
              <td className="py-2 pr-4">{processor.location}</td>
              <td className="py-2 pr-4">
                Signed{' '}
                <time dateTime={processor.agreement.signedOn}>{processor.agreement.signedOn}</time>;{' '}
                <a href={processor.agreement.url} className="underline" rel="noreferrer">
                  read it<span className="sr-only"> ({processor.name})</span>
                </a>
              </td>
              <td className="py-2">
                {processor.transfers.length === 0
                  ? 'None'
                  : processor.transfers
                      .map((transfer) => `${transfer.country}: ${transfer.safeguard}`)
                      .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
