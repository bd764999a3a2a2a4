import Link from 'next/link';

import {
  describeDuration,
  describeLegalBasis,
  getProcessors,
  type Register,
} from '@/lib/privacy/register';

/** The rights of Art. 15–22 GDPR, in plain words. */
const RIGHTS = [
  'to see the data we hold about you and get a copy of it (access)',
  'to have it corrected (rectification) or deleted (erasure)',
  'to have its use restricted, or to object to it',
  'to receive it in a machine-readable format, or have it sent to someone else (portability)',
  'to withdraw your consent at any time, for what we do on the basis of consent',
];

/**
 * The part of the privacy statement generated from the processing register, shown after the
 * WordPress page marked as the privacy policy: it cannot say other than what the code does.
 */
export function PrivacyStatementSections({ register }: { register: Register }) {
  const { controller } = register;
  return (
    <div className="wp-content mt-12 border-t border-slate-200 pt-8" data-privacy-register>
      <h2 id="what-we-collect">What we collect, why, and for how long</h2>
      <p>
        This part is generated from our{' '}
        <Link href="/privacy/register/" prefetch={false}>
          register of processing activities
        </Link>
        , last changed <time dateTime={register.updatedOn}>{register.updatedOn}</time>.
      </p>
      {register.activities.map((activity) => (
        <section key={activity.id} aria-labelledby={`statement-${activity.id}`}>
          <h3 id={`statement-${activity.id}`}>{activity.name}</h3>
          <p>{activity.purpose}</p>
          <dl>
            <dt>What we collect</dt>
            <dd>
              {activity.fields
                .map((field) => `${field.description}${field.isRequired ? '' : ' (optional)'}`)
                .join('; ')}
            </dd>
            <dt>Legal basis</dt>
            <dd>
              {describeLegalBasis(activity.legalBasis.point)}: {activity.legalBasis.explanation}
            </dd>
            <dt>How long we keep it</dt>
            <dd>
              {describeDuration(activity.retention.period)} {activity.retention.from}
            </dd>
            <dt>Who receives it</dt>
            <dd>
              {[
                ...activity.recipients,
                ...getProcessors(activity, register).map(
                  (processor) => `${processor.name} (${processor.location})`,
                ),
              ].join('; ')}
            </dd>
          </dl>
        </section>
      ))}
      <h2 id="who-processes-it">Who processes it for us</h2>
      <ul>
        {register.processors.map((processor) => (
          <li key={processor.id}>
            <strong>{processor.name}</strong>, {processor.location}: {processor.role}.{' '}
            {processor.transfers.length === 0
              ? 'Your data stays in the European Economic Area.'
              : processor.transfers
                  .map(
                    (transfer) =>
                      `Data may be transferred to the ${transfer.country}, safeguarded by ${transfer.safeguard}.`,
                  )
                  .join(' ')}
          </li>
        ))}
      </ul>
      <h2 id="your-rights">Your rights and how to use them</h2>
      <p>You have the right:</p>
      <ul>
        {RIGHTS.map((right) => (
          <li key={right}>{right}</li>
        ))}
      </ul>
      <p>
        To use any of them, e-mail our data protection officer at{' '}
        <a href={`mailto:${controller.dataProtectionOfficer.email}`}>
          {controller.dataProtectionOfficer.email}
        </a>{' '}
        or write to {controller.name}, {controller.address}. We answer within one month. You may
        also complain to the supervisory authority,{' '}
        <a href={controller.supervisoryAuthority.url} rel="noreferrer">
          {controller.supervisoryAuthority.name}
        </a>
        .
      </p>
    </div>
  );
}
