import {
  describeDuration,
  describeLegalBasis,
  type ProcessingActivity,
  type Processor,
} from '@/lib/privacy/register';

import { ProcessorsTable } from './processors-table';

interface ActivityDetailsProps {
  activity: ProcessingActivity;
  processors: Processor[];
}

/** One processing activity of the register, as a definition list with its fields' table. */
export function ActivityDetails({ activity, processors }: ActivityDetailsProps) {
  const headingId = `activity-${activity.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-semibold">
        {activity.name}
      </h2>
      <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Purpose</dt>
        <dd>{activity.purpose}</dd>
        <dt className="font-semibold">Legal basis</dt>
        <dd>
          {describeLegalBasis(activity.legalBasis.point)}: {activity.legalBasis.explanation}
        </dd>
        <dt className="font-semibold">Data subjects</dt>
        <dd>{activity.dataSubjects.join('; ')}</dd>
        <dt className="font-semibold">Recipients</dt>
        <dd>{activity.recipients.join('; ')}</dd>
        <dt className="font-semibold">Retention</dt>
        <dd>
          {describeDuration(activity.retention.period)} {activity.retention.from}
        </dd>
        <dt className="font-semibold">Security measures</dt>
        <dd>
          <ul className="list-disc pl-5">
            {activity.securityMeasures.map((measure) => (
              <li key={measure}>{measure}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <table className="mt-6 w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left font-semibold">Data collected</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-2 pr-4">
              Field
            </th>
            <th scope="col" className="py-2 pr-4">
              What it is
            </th>
            <th scope="col" className="py-2">
              Required
            </th>
          </tr>
        </thead>
        <tbody>
          {activity.fields.map((field) => (
            <tr key={field.name} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-4 font-mono font-normal">
                {field.name}
              </th>
              <td className="py-2 pr-4">{field.description}</td>
              <td className="py-2">{field.isRequired ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ProcessorsTable
        caption={`Processors for ${activity.name.toLowerCase()}`}
        processors={processors}
      />
    </section>
  );
}
