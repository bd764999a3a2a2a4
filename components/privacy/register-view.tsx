import { getProcessors, type Register } from '@/lib/privacy/register';

import { ActivityDetails } from './activity-details';

/** The whole processing register: the controller, then every activity. */
export function RegisterView({ register }: { register: Register }) {
  const { controller } = register;
  return (
    <article>
      <header className="mb-8">
        <h1 className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
          Register of processing activities
        </h1>
        <p className="mt-3 text-muted">
          Last changed <time dateTime={register.updatedOn}>{register.updatedOn}</time>. Also
          available as{' '}
          <a href="/privacy/register.json" className="underline">
            JSON
          </a>
          .
        </p>
      </header>
      <section aria-labelledby="controller">
        <h2 id="controller" className="text-2xl font-semibold">
          Controller
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">Name</dt>
          <dd>{controller.name}</dd>
          <dt className="font-semibold">Address</dt>
          <dd>{controller.address}</dd>
          <dt className="font-semibold">Data protection officer</dt>
          <dd>
            <a href={`mailto:${controller.dataProtectionOfficer.email}`} className="underline">
              {controller.dataProtectionOfficer.email}
            </a>
          </dd>
        </dl>
      </section>
      {register.activities.map((activity) => (
        <ActivityDetails
          key={activity.id}
          activity={activity}
          processors={getProcessors(activity, register)}
        />
      ))}
    </article>
  );
}
