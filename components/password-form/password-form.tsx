import { unlockEntry } from './actions';

interface PasswordFormProps {
  uri: string;
  /** The last attempt's error, when the visitor was sent back with one. */
  error?: string;
}

/**
 * WordPress's post-password form: a plain form posting to a server action, so it works the
 * same with and without JavaScript and adds no client code to the page.
 */
export function PasswordForm({ uri, error }: PasswordFormProps) {
  const inputId = 'post-password';
  const errorId = 'post-password-error';

  return (
    <form
      action={unlockEntry}
      className="max-w-md space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <p>This content is password protected. To view it please enter the password below.</p>
      <input type="hidden" name="uri" value={uri} />
      <label htmlFor={inputId} className="block font-medium">
        Password
      </label>
      <input
        id={inputId}
        name="password"
        type="password"
        required
        autoComplete="off"
        // Back from a failed attempt: focus lands on the field, which announces the error.
        autoFocus={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="w-full rounded border border-slate-400 px-3 py-2"
      />
      <p id={errorId} role="alert" className="min-h-6 text-sm text-red-700">
        {error ?? ''}
      </p>
      <button type="submit" className="rounded bg-accent px-4 py-2 font-medium text-white">
        Enter
      </button>
    </form>
  );
}
