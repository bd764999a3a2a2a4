import type { InputHTMLAttributes } from 'react';

interface FormFieldProps {
  /** The form's prefix, so two forms on one page never share an id. */
  formId: string;
  name: string;
  label: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  isRequired?: boolean;
  maxLength: number;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: InputHTMLAttributes<HTMLInputElement>['autoComplete'];
  autoFocus?: boolean;
}

/** A labelled input whose error, when there is one, is linked to it and marked invalid. */
export function FormField(props: FormFieldProps) {
  const { formId, name, label, error, hint, isRequired, maxLength } = props;
  const id = `${formId}-${name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const common = {
    id,
    name,
    // What the visitor typed comes back as the default, and React resets the form to it after
    // each answer.
    defaultValue: props.defaultValue ?? '',
    required: isRequired,
    maxLength,
    autoFocus: props.autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    className: 'w-full rounded border border-slate-500 bg-white px-3 py-2',
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
        {isRequired ? null : <span className="font-normal text-muted"> (optional)</span>}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea rows={6} {...common} />
      ) : (
        <input type={props.type ?? 'text'} autoComplete={props.autoComplete} {...common} />
      )}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
