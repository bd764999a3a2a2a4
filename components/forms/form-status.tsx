import type { FormState } from '@/lib/forms/form-state';

interface FormStatusProps {
  formId: string;
  state: FormState;
  /** The label of each field, for the summary's links. */
  labels: Record<string, string>;
}

/**
 * The form's two live regions, present and empty from the start so that what the server
 * answers is announced when it appears: problems in an alert (the error summary, each error
 * linking to its field), the thank-you in a polite status.
 */
export function FormStatus({ formId, state, labels }: FormStatusProps) {
  const errors = Object.entries(state.fieldErrors).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  const isProblem = state.status !== 'idle' && state.status !== 'success';

  return (
    <>
      <div
        id={`${formId}-alert`}
        role="alert"
        className={isProblem ? 'rounded border-2 border-red-700 bg-red-50 p-4' : undefined}
      >
        {isProblem ? <p className="font-semibold">{state.message}</p> : null}
        {isProblem && errors.length > 0 ? (
          <ul className="mt-2 list-disc pl-6">
            {errors.map(([field, message]) => (
              <li key={field}>
                <a href={`#${formId}-${field}`} className="underline">
                  {labels[field] ?? field}: {message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div
        id={`${formId}-thanks`}
        role="status"
        className={
          state.status === 'success'
            ? 'rounded border-2 border-green-700 bg-green-50 p-4'
            : undefined
        }
      >
        {state.status === 'success' ? <p className="font-semibold">{state.message}</p> : null}
      </div>
    </>
  );
}
